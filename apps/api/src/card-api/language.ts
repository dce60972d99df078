import { TenantContext } from '@app/data';

export type Language = 'en' | 'ru';

/**
 * The language of an answer: the first of `Accept-Language`'s tags (by quality) that is English
 * or Russian, else the organization's `language` setting, else English.
 */
export function answerLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (header) {
    const tags = header
      .split(',')
      .map((part, index) => {
        const [tag, ...params] = part.trim().split(';');
        const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
        return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
      })
      .filter((t) => t.tag && t.q > 0)
      .sort((a, b) => b.q - a.q || a.index - b.index);
    for (const { tag } of tags) {
      const primary = tag.split('-')[0];
      if (primary === 'ru' || primary === 'en') return primary;
    }
  }
  return TenantContext.scope()?.settings?.language ?? 'en';
}
