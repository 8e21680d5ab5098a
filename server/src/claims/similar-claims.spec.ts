import { claimTerms, rankSimilar } from './similar-claims';

describe('claimTerms', () => {
  it('keeps the words that carry the claim, without function words or plural and possessive endings', () => {
    expect([...claimTerms("Putin's tariffs on the cities rose by 3.1% in 2024.").keys()]).toEqual([
      'putin',
      'tariff',
      'city',
      'rose',
      '3.1',
      '2024',
    ]);
  });

  it('reads 1,000 and 1000 as the same number, and curly apostrophes like straight ones', () => {
    expect(claimTerms('1,000 jobs')).toEqual(claimTerms('1000 jobs'));
    expect(claimTerms('Trump’s plan')).toEqual(claimTerms("Trump's plan"));
  });

  it('gives nothing for a text of function words only', () => {
    expect(claimTerms('It was what it was, and so it is.').size).toBe(0);
  });
});

describe('rankSimilar', () => {
  const candidates = [
    { text: 'The council spent $12 million on parks in 2024.', item: 'parks' },
    { text: 'Unemployment fell to 3.1% in June, the statistics office said.', item: 'jobs-june' },
    { text: 'Unemployment rose to 4% in March.', item: 'jobs-march' },
    { text: 'Putin met Trump in Alaska.', item: 'summit' },
  ];

  it('puts the claim sharing the rarest words first and leaves out claims with nothing in common', () => {
    const ranked = rankSimilar('Unemployment fell to 3.1% in June', candidates, 5, 0.05);
    expect(ranked.map((r) => r.item)).toEqual(['jobs-june', 'jobs-march']);
    expect(ranked[0]!.similarity).toBeGreaterThan(ranked[1]!.similarity);
    expect(ranked[0]!.similarity).toBeLessThanOrEqual(1);
  });

  it('scores the same wording 1 and respects the limit and the minimum', () => {
    const same = rankSimilar('Putin met Trump in Alaska.', candidates, 1, 0);
    expect(same).toEqual([{ item: 'summit', similarity: expect.closeTo(1, 10) }]);
    expect(rankSimilar('Unemployment fell to 3.1% in June', candidates, 5, 0.99)).toEqual([]);
  });

  it('finds nothing for an empty claim or no candidates', () => {
    expect(rankSimilar('', candidates, 5, 0)).toEqual([]);
    expect(rankSimilar('Unemployment fell', [], 5, 0)).toEqual([]);
  });

  it('keeps the candidates’ order for equal scores', () => {
    const twins = [
      { text: 'Crime fell in Auckland.', item: 'newer' },
      { text: 'Crime fell in Auckland.', item: 'older' },
    ];
    expect(rankSimilar('Crime fell in Auckland.', twins, 2, 0).map((r) => r.item)).toEqual([
      'newer',
      'older',
    ]);
  });
});
