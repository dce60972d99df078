import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation, TenantContext } from '@app/data';
import { ThrottleService } from '@app/http';
import { randomCodes } from '@app/codes';
import {
  CodeDetailsDto,
  CodeDto,
  CodeListDto,
  GenerateCodeDto,
  GenerateCodeListDto,
  GeneratedCodeDto,
  UseCodeDto,
  UseCodeResultDto,
} from './dto/code.dto';
import { CreatePatternDto, PatternDto, UpdatePatternDto } from './dto/pattern.dto';
import { CreateRuleDto, RuleDto, UpdateRuleDto } from './dto/rule.dto';
import {
  BadValidity,
  CodeAlreadyUsed,
  CodeNotFound,
  CodeSpaceTooSmall,
  PatternInUse,
  PatternNotFound,
  RuleHasCodes,
  RuleInactive,
  RuleNotFound,
  SlugTaken,
} from './paycodes.errors';
import {
  CodeRow,
  PatternRow,
  PaycodesRepository,
  RULE_COLUMNS,
  RuleColumn,
  RuleRow,
} from './paycodes.repository';
import { codeSpace, codeValidity } from './validity';

/** Codes inserted per statement while generating a list. */
const INSERT_CHUNK = 50_000;
/** Rounds of regenerating collided codes before giving up (the capacity check makes this unreachable in practice). */
const MAX_ROUNDS = 50;
/**
 * Below this share of the code space still free, a round draws more candidates than it needs
 * (about 1.5 times what should land on free codes) and stores only as many as are missing;
 * drawing just the missing count there would take dozens of rounds (at 90% taken, each round
 * would keep only a tenth of its draws).
 */
const OVERSAMPLE_BELOW = 0.9;

function num(v: string | number | null): number | null {
  return v === null ? null : Number(v);
}

export function toPatternDto(p: PatternRow): PatternDto {
  return { pattern: p.pattern, id: p.id, slug: p.slug };
}

export function toRuleDto(r: RuleRow): RuleDto {
  return {
    id: r.id,
    slug: r.slug,
    application_id: num(r.application_id),
    pattern_slug: r.pattern_slug,
    code_lenght: r.code_lenght,
    code_duration: r.code_duration,
    code_expiration: r.code_expiration,
    code_duration_date: r.code_duration_date_text,
    description: r.description,
    price: num(r.price),
    sap_id: num(r.sap_id),
    merchant_id: num(r.merchant_id),
    channel_id: num(r.channel_id),
    prod_id: num(r.prod_id),
    prod_cat_id: num(r.prod_cat_id),
    prod_subcat_id: num(r.prod_subcat_id),
    is_active: r.is_active,
    config: r.config,
    prefix: r.prefix,
  };
}

export function toCodeDto(c: CodeRow): CodeDto {
  return {
    code: c.code,
    gen_time: c.gen_time,
    id: Number(c.id),
    creator: c.creator,
    end_time: c.end_time,
    start_time: c.start_time,
    rule_slug: c.rule_slug,
    use_time: c.use_time,
    is_active: c.is_active,
    client: c.client,
  };
}

function patternOf(r: RuleRow): PatternDto {
  return { pattern: r.pattern, id: r.pattern_id, slug: r.pattern_slug };
}

function ruleFields(dto: Partial<Record<RuleColumn, unknown>>): Partial<Record<RuleColumn, unknown>> {
  return Object.fromEntries(RULE_COLUMNS.filter((c) => dto[c] !== undefined).map((c) => [c, dto[c]]));
}

@Injectable()
export class PaycodesService {
  constructor(
    private readonly db: Database,
    private readonly repo: PaycodesRepository,
    private readonly throttle: ThrottleService,
  ) {}

  private get timezone(): string {
    return TenantContext.settings().timezone;
  }

  // --- patterns ---

  async listPatterns(): Promise<PatternDto[]> {
    await this.repo.ensureDefaultPatterns();
    return (await this.repo.listPatterns()).map(toPatternDto);
  }

  async getPattern(slug: string): Promise<PatternDto> {
    return toPatternDto(await this.mustFindPattern(slug));
  }

  async createPattern(dto: CreatePatternDto): Promise<PatternDto> {
    await this.repo.ensureDefaultPatterns();
    try {
      return toPatternDto(await this.repo.createPattern(dto.slug, dto.pattern));
    } catch (e) {
      if (isUniqueViolation(e)) throw new SlugTaken('pattern', dto.slug);
      throw e;
    }
  }

  async updatePattern(slug: string, dto: UpdatePatternDto): Promise<PatternDto> {
    return this.db.transaction(async () => {
      const pattern = await this.mustFindPattern(slug);
      if (dto.pattern === undefined || dto.pattern === pattern.pattern) return toPatternDto(pattern);
      if (await this.repo.patternHasCodes(pattern.id)) throw new PatternInUse(slug);
      return toPatternDto(await this.repo.updatePattern(pattern.id, dto.pattern));
    });
  }

  private async mustFindPattern(slug: string): Promise<PatternRow> {
    let pattern = await this.repo.findPattern(slug);
    if (!pattern) {
      await this.repo.ensureDefaultPatterns();
      pattern = await this.repo.findPattern(slug);
    }
    if (!pattern) throw new PatternNotFound(slug);
    return pattern;
  }

  // --- rules ---

  async listRules(offset = 0, limit = 100): Promise<RuleDto[]> {
    return (await this.repo.listRules(this.timezone, offset, limit)).map(toRuleDto);
  }

  async getRule(slug: string): Promise<RuleDto> {
    return toRuleDto(await this.mustFindRule(slug));
  }

  async createRule(dto: CreateRuleDto): Promise<RuleDto> {
    const pattern = await this.mustFindPattern(dto.pattern_slug);
    try {
      await this.repo.createRule(dto.slug, pattern.id, ruleFields(dto));
    } catch (e) {
      if (isUniqueViolation(e)) throw new SlugTaken('rule', dto.slug);
      throw e;
    }
    return this.getRule(dto.slug);
  }

  async updateRule(slug: string, dto: UpdateRuleDto): Promise<RuleDto> {
    await this.db.transaction(async () => {
      const rule = await this.mustFindRule(slug, true);
      const pattern = dto.pattern_slug ? await this.mustFindPattern(dto.pattern_slug) : null;
      const shape: string[] = [];
      if (pattern && pattern.id !== rule.pattern_id) shape.push('pattern_slug');
      if (dto.code_lenght !== undefined && dto.code_lenght !== rule.code_lenght) shape.push('code_lenght');
      if (dto.prefix !== undefined && dto.prefix !== rule.prefix) shape.push('prefix');
      if (shape.length && (await this.repo.codeCount(rule.id)) > 0) throw new RuleHasCodes(shape);
      await this.repo.updateRule(rule.id, pattern?.id ?? rule.pattern_id, ruleFields(dto));
    });
    return this.getRule(slug);
  }

  private async mustFindRule(slug: string, lock = false): Promise<RuleRow> {
    const rule = await this.repo.findRule(slug, this.timezone, lock);
    if (!rule) throw new RuleNotFound(slug);
    return rule;
  }

  // --- codes ---

  async generateCode(dto: GenerateCodeDto): Promise<GeneratedCodeDto> {
    const { rule, codes } = await this.generate(dto, 1);
    return { code: codes[0], pattern: patternOf(rule), rule: toRuleDto(rule) };
  }

  async generateCodeList(dto: GenerateCodeListDto): Promise<CodeListDto> {
    return { codes: (await this.generate(dto, dto.number_of_codes)).codes };
  }

  /**
   * Exactly `count` new distinct codes, all stored, or none: one transaction holding the rule row,
   * batches inserted set-based with ON CONFLICT DO NOTHING, collided ones drawn again. Where most
   * of the space is taken, a round draws several times the missing count and stores only the
   * missing count of the free ones, so a nearly full rule still needs a few rounds, not hundreds.
   */
  private async generate(dto: GenerateCodeDto, count: number): Promise<{ rule: RuleRow; codes: string[] }> {
    return this.db.transaction(async () => {
      const rule = await this.mustFindRule(dto.rule_slug, true);
      if (!rule.is_active) throw new RuleInactive(rule.slug);
      const validity = codeValidity(rule, this.timezone, dto);
      if (!validity) throw new BadValidity('valid_to must not be before valid_from');
      const alphabet = [...rule.pattern];
      const space = codeSpace(alphabet.length, rule.code_lenght);
      const free = space - (await this.repo.codeCount(rule.id));
      if (free < count * 10) throw new CodeSpaceTooSmall(Math.max(0, Math.floor(free)), count);

      const stored: string[] = [];
      for (let round = 0; stored.length < count; round++) {
        if (round >= MAX_ROUNDS) throw new CodeSpaceTooSmall(Math.max(0, Math.floor(free)), count);
        const want = Math.min(count - stored.length, INSERT_CHUNK);
        const freeShare = (free - stored.length) / space;
        const draw =
          freeShare >= OVERSAMPLE_BELOW
            ? want
            : Math.min(Math.ceil((want / freeShare) * 1.5) + 32, INSERT_CHUNK);
        const candidates = [...new Set(randomCodes(rule.pattern, rule.code_lenght, draw))].map(
          (c) => rule.prefix + c,
        );
        const inserted = await this.repo.insertCodes(
          rule.id,
          candidates,
          dto.creator,
          { ...validity, timezone: this.timezone },
          candidates.length > want ? want : undefined,
        );
        for (const c of inserted) stored.push(c);
      }
      return { rule, codes: stored };
    });
  }

  /** `{status: true}` for the one call that uses the code; `{status: false, reason}` for every other. */
  async useCode(dto: UseCodeDto): Promise<UseCodeResultDto> {
    await this.throttle.ensureAllowed();
    if (await this.repo.useCode(dto.rule_slug, dto.code, dto.client)) return { status: true };
    const state = await this.repo.codeState(dto.rule_slug, dto.code);
    if (!state || !state.found) {
      await this.throttle.failedLookup();
      return { status: false, reason: 'not_found' };
    }
    if (!state.rule_active) return { status: false, reason: 'rule_inactive' };
    if (state.used) return { status: false, reason: 'already_used' };
    if (!state.active) return { status: false, reason: 'inactive' };
    if (!state.started) return { status: false, reason: 'not_yet_valid' };
    if (state.ended) return { status: false, reason: 'expired' };
    // usable now: it became so between the two statements (a validity edge); report it as used
    return { status: false, reason: 'already_used' };
  }

  async getCode(ruleSlug: string, code: string): Promise<CodeDetailsDto> {
    await this.throttle.ensureAllowed();
    const rule = await this.repo.findRule(ruleSlug, this.timezone);
    const row = rule ? await this.repo.findCode(ruleSlug, code, this.timezone) : null;
    if (!rule || !row) {
      await this.throttle.failedLookup();
      if (!rule) throw new RuleNotFound(ruleSlug);
      throw new CodeNotFound();
    }
    return { code: toCodeDto(row), pattern: patternOf(rule), rule: toRuleDto(rule) };
  }

  async deactivate(id: string): Promise<CodeDto> {
    if (!/^\d{1,18}$/.test(id)) throw new CodeNotFound();
    if (!(await this.repo.deactivate(id))) {
      const row = await this.repo.findCodeById(id, this.timezone);
      if (!row) throw new CodeNotFound();
      if (row.use_time !== null) throw new CodeAlreadyUsed();
    }
    return toCodeDto((await this.repo.findCodeById(id, this.timezone))!);
  }
}
