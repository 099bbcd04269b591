/** Content for the atomic-write tests: one generation of a file, marked at both ends, so a torn or mixed file shows. */
export const generation = (name: string, n: number, size = 8 * 1024 * 1024): string =>
  `${name} generation ${n}\n${'x'.repeat(size)}\nend of ${name} generation ${n}\n`;

/** The generation a complete file holds, or `torn` when its two marks disagree or one is missing. */
export const generationOf = (text: string): number | 'torn' => {
  const first = /^\w+ generation (\d+)\n/.exec(text)?.[1];
  const last = /\nend of \w+ generation (\d+)\n$/.exec(text)?.[1];
  return first !== undefined && first === last ? Number(first) : 'torn';
};
