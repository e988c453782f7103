/** Avatars are drawn, never fetched: a coloured disc with initials, the colour derived from the handle. */
const PALETTE = [
  0x8e44ad, 0x2980b9, 0x16a085, 0xc0392b, 0xd35400, 0x7f8c8d, 0x27ae60, 0xb7950b, 0x6c3483, 0x1f618d,
];

export function avatarColor(handle: string): number {
  let h = 0;
  for (let i = 0; i < handle.length; i++) h = (h * 31 + handle.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length] as number;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? '')).toUpperCase();
}
