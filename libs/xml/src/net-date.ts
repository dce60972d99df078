/**
 * A DateTime as .NET writes a local one (DataContractSerializer and Json.NET alike, format
 * `yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz`), with the offset of a time zone at that instant:
 * `2024-04-29T14:09:27.2527486+03:00`. Up to seven fractional digits, trailing zeros dropped (no
 * dot for a whole second); ours are kept to the millisecond.
 */
export function formatNetDateTime(instant: Date, timeZone: string): string {
  const offsetMinutes = zoneOffsetMinutes(instant, timeZone);
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  const iso = local.toISOString(); // 2024-04-29T11:09:27.252Z in "local" terms
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  const fraction = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}${sign}${hh}:${mm}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC of an IANA time zone at an instant. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, f);
  }
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT(?:([+-])(\d{2}):?(\d{2})?)?$/.exec(name);
  if (!m || !m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}
