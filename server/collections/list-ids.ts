const AND = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Record ids as a sentence says them: "12", "12 and 14", "12, 14 and 16". */
export const listIds = (ids: readonly number[]) => AND.format(ids.map(String));
