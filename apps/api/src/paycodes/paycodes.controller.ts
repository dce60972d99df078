import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListQueryDto } from '../organizations/dto/list-query.dto';
import {
  CodeDetailsDto,
  CodeDto,
  CodeListDto,
  CodeRefDto,
  GenerateCodeDto,
  GenerateCodeListDto,
  GeneratedCodeDto,
  UseCodeDto,
  UseCodeResultDto,
} from './dto/code.dto';
import { CreatePatternDto, PatternDto, UpdatePatternDto } from './dto/pattern.dto';
import { CreateRuleDto, RuleDto, UpdateRuleDto } from './dto/rule.dto';
import { PaycodesService } from './paycodes.service';

@ApiTags('paycodes')
@Controller('paycodes')
export class PaycodesController {
  constructor(private readonly paycodes: PaycodesService) {}

  @Post('generate_code')
  @HttpCode(200)
  @ApiOperation({ summary: 'One new code of a rule' })
  @ApiOkResponse({ type: GeneratedCodeDto })
  generateCode(@Body() dto: GenerateCodeDto): Promise<GeneratedCodeDto> {
    return this.paycodes.generateCode(dto);
  }

  @Post('generate_code_list')
  @HttpCode(200)
  @ApiOperation({ summary: '1..1,000,000 new distinct codes of a rule, all stored, or none' })
  @ApiOkResponse({ type: CodeListDto })
  generateCodeList(@Body() dto: GenerateCodeListDto): Promise<CodeListDto> {
    return this.paycodes.generateCodeList(dto);
  }

  @Post('use_code')
  @HttpCode(200)
  @ApiOperation({ summary: 'Use a code once: status true the first time, false with a reason after' })
  @ApiOkResponse({ type: UseCodeResultDto })
  useCode(@Body() dto: UseCodeDto): Promise<UseCodeResultDto> {
    return this.paycodes.useCode(dto);
  }

  @Post('get_code')
  @HttpCode(200)
  @ApiOperation({ summary: 'A code with its pattern and rule' })
  @ApiOkResponse({ type: CodeDetailsDto })
  getCode(@Body() dto: CodeRefDto): Promise<CodeDetailsDto> {
    return this.paycodes.getCode(dto.rule_slug, dto.code);
  }

  @Get('get_code')
  @ApiOperation({ summary: 'The same as POST get_code, with a query string' })
  @ApiOkResponse({ type: CodeDetailsDto })
  getCodeByQuery(@Query() dto: CodeRefDto): Promise<CodeDetailsDto> {
    return this.paycodes.getCode(dto.rule_slug, dto.code);
  }

  @Post('codes/:id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw an unused code' })
  @ApiOkResponse({ type: CodeDto })
  deactivate(@Param('id') id: string): Promise<CodeDto> {
    return this.paycodes.deactivate(id);
  }

  @Post('rules')
  @ApiCreatedResponse({ type: RuleDto })
  createRule(@Body() dto: CreateRuleDto): Promise<RuleDto> {
    return this.paycodes.createRule(dto);
  }

  @Get('rules')
  @ApiOkResponse({ type: [RuleDto] })
  listRules(@Query() q: ListQueryDto): Promise<RuleDto[]> {
    return this.paycodes.listRules(q.offset, q.limit);
  }

  @Get('rules/:slug')
  @ApiOkResponse({ type: RuleDto })
  getRule(@Param('slug') slug: string): Promise<RuleDto> {
    return this.paycodes.getRule(slug);
  }

  @Patch('rules/:slug')
  @ApiOkResponse({ type: RuleDto })
  updateRule(@Param('slug') slug: string, @Body() dto: UpdateRuleDto): Promise<RuleDto> {
    return this.paycodes.updateRule(slug, dto);
  }

  @Post('patterns')
  @ApiCreatedResponse({ type: PatternDto })
  createPattern(@Body() dto: CreatePatternDto): Promise<PatternDto> {
    return this.paycodes.createPattern(dto);
  }

  @Get('patterns')
  @ApiOkResponse({ type: [PatternDto] })
  listPatterns(): Promise<PatternDto[]> {
    return this.paycodes.listPatterns();
  }

  @Get('patterns/:slug')
  @ApiOkResponse({ type: PatternDto })
  getPattern(@Param('slug') slug: string): Promise<PatternDto> {
    return this.paycodes.getPattern(slug);
  }

  @Patch('patterns/:slug')
  @ApiOkResponse({ type: PatternDto })
  updatePattern(@Param('slug') slug: string, @Body() dto: UpdatePatternDto): Promise<PatternDto> {
    return this.paycodes.updatePattern(slug, dto);
  }
}
