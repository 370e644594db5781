/**
 * Thirteenth pass: charges and the acts around them. A harm that is no event of its own (meddling,
 * undermining, inciting, spying for a foreign service) charged to a party in what a speaker says is
 * an accusation (112), in the reported clause or before a trailing attribution; denials, negations,
 * one's own side and harmless objects ("fuelling growth") are not. Invented sentences through the
 * whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';

describe('charges in reported speech', () => {
  it.each([
    ['Chile said Bolivia was meddling in its internal affairs.', 'CHL>BOL:ACCUSE'],
    ['Kenya said Somalia was destabilising the region.', 'KEN>SOM:ACCUSE'],
    ['Serbia said Kosovo was inciting violence against Serbs in the north.', 'SRB>KSV:ACCUSE'],
    ['Tehran said Washington was fuelling instability across the Middle East.', 'IRN>USA:ACCUSE'],
    ['Lithuania said Belarus had orchestrated the border crisis.', 'LTU>BLR:ACCUSE'],
  ])('%s', (text, dyad) => {
    expect(dyads(only(code(text, '2023-03-01'), 'ACCUSE'))).toEqual([dyad]);
  });

  it('the doer of a governing verb ("were trying to undermine") and of a passive ("orchestrated by")', () => {
    expect(
      dyads(only(code('Ethiopia said Egypt and Sudan were trying to undermine the talks.', '2021-04-06'), 'ACCUSE')),
    ).toEqual(['ETH>EGY:ACCUSE', 'ETH>SDN:ACCUSE']);
    expect(
      dyads(
        only(code('Warsaw said the crisis had been orchestrated by the government in Minsk.', '2021-11-09'), 'ACCUSE'),
      ),
    ).toEqual(['POL>BLR:ACCUSE']);
    expect(
      dyads(
        only(
          code('The Pentagon said the balloon had been used by China to spy on military sites.', '2023-02-05'),
          'ACCUSE',
        ),
      ),
    ).toEqual(['USA>CHN:ACCUSE']);
  });

  it('working for a foreign intelligence service, before a trailing attribution', () => {
    expect(
      dyads(
        only(code("The two reporters were suspected of working for Russia's FSB, Baku said.", '2025-07-01'), 'ACCUSE'),
      ),
    ).toEqual(['AZE>RUS:ACCUSE']);
  });

  it.each([
    'Germany said it would not interfere in the dispute.',
    'Chile said Bolivia was not meddling in the vote.',
    'Norway said Russia denied meddling in the election.',
    'Officials in Lima said Chinese investment was fuelling growth in the mining sector.',
    'France said the talks had been undermined by bad weather.',
    'Brazil said the plot against the president had been foiled.',
    "Egypt's exports are fuelling demand in Europe, the trade minister said.",
  ])('no charge: %s', (text) => {
    expect(only(code(text, '2023-03-01'), 'ACCUSE')).toEqual([]);
  });

  it('a charge with no speaker is no accusation', () => {
    expect(only(code('Bolivia was meddling in the affairs of its neighbours.', '2023-03-01'), 'ACCUSE')).toEqual([]);
  });
});

describe('charges: preparing, entering waters, denials answered', () => {
  it('"said Azerbaijan was preparing a new offensive" accuses; one\'s own preparation does not', () => {
    expect(
      dyads(
        only(code("Armenia's prime minister said Azerbaijan was preparing a new offensive.", '2022-09-13'), 'ACCUSE'),
      ),
    ).toEqual(['ARM>AZE:ACCUSE']);
    expect(only(code('Ukraine said it was preparing a counteroffensive.', '2023-05-01'), 'ACCUSE')).toEqual([]);
  });

  it('"said US warships had entered its territorial waters" accuses the warships\' state', () => {
    const evs = only(
      code("China's defence ministry said US warships had entered its territorial waters illegally.", '2024-05-01'),
      'ACCUSE',
    );
    expect(dyads(evs)).toEqual(['CHN>USA:ACCUSE']);
  });
});

describe('accepting a plan names its author', () => {
  it.each([
    ['Israel accepted the US-brokered ceasefire plan.', 'ISR>USA:AGREE'],
    ['Israel accepted the US ceasefire plan.', 'ISR>USA:AGREE'],
    ['Hamas accepted an Egyptian proposal for a truce.', 'PSE>EGY:AGREE'],
  ])('%s', (text, dyad) => {
    expect(dyads(only(code(text, '2024-05-01'), 'AGREE'))).toEqual([dyad]);
  });
});

describe('visits and pairs', () => {
  it('"was in Beijing for a two-day state visit" is a visit to where the subject was', () => {
    expect(dyads(code('The Indonesian president was in Beijing for a two-day state visit.', '2024-05-01'))).toEqual([
      'IDN>CHN:CONSULT',
    ]);
  });

  it('"were in Geneva for talks" names a venue, no party', () => {
    expect(code('The ministers were in Geneva for talks.', '2024-05-01')).toEqual([]);
  });

  it('"The two sides agreed to set up a working group" is the pair\'s agreement', () => {
    const evs = code(
      'Tillerson met Putin at the Kremlin on Wednesday. The two sides agreed to set up a working group on the relationship, Lavrov said.',
      '2017-04-12',
    );
    expect(dyads(only(evs, 'AGREE'))).toEqual(['USA>RUS:AGREE']);
  });

  it('"X and Y said … and that they had agreed": the compound that said it', () => {
    const evs = code(
      'Trump and Putin said on Monday their militaries would cooperate in Syria and that they had agreed to work together on security.',
      '2018-07-16',
    );
    expect(dyads(only(evs, 'AGREE'))).toEqual(['USA>RUS:AGREE']);
  });
});

describe('acts not done, and force kept open', () => {
  it('"a draft resolution that would have condemned the attack" condemns nothing', () => {
    const evs = code(
      'Russia vetoed a draft resolution at the Security Council that would have condemned the attack.',
      '2017-04-12',
    );
    expect(only(evs, 'ACCUSE')).toEqual([]);
    expect(only(evs, 'REJECT')).toHaveLength(1);
  });

  it('"did not rule out further strikes" threatens (not negated); "ruled out military action" does not', () => {
    const evs = code('Trump said he had not ruled out further strikes on Syria.', '2017-04-12');
    expect(dyads(only(evs, 'THREATEN'))).toEqual(['USA>SYR:THREATEN']);
    expect(only(evs, 'THREATEN')[0].negated).toBe(false);
    expect(only(code('Ankara ruled out military action against Damascus.', '2017-04-12'), 'THREATEN')).toEqual([]);
  });
});

describe('"the government in Minsk"', () => {
  it('is the government of the place named after it', () => {
    expect(
      dyads(
        only(code('Warsaw said the crisis had been orchestrated by the government in Minsk.', '2021-11-09'), 'ACCUSE'),
      ),
    ).toEqual(['POL>BLR:ACCUSE']);
  });
});

describe('findings reported and acts alleged', () => {
  it.each([
    ['U.S. intelligence agencies have concluded that Moscow meddled in the election.', 'USA>RUS:ACCUSE'],
    ['Tillerson told reporters that the Assad government had carried out the attack on the town.', 'USA>SYR:ACCUSE'],
  ])('%s', (text, dyad) => {
    expect(dyads(only(code(text, '2017-04-12'), 'ACCUSE'))).toEqual([dyad]);
  });

  it('"told reporters that" with nothing hostile reported accuses no one', () => {
    expect(
      only(code('Tillerson told reporters that the talks with Lavrov had been productive.', '2017-04-12'), 'ACCUSE'),
    ).toEqual([]);
  });
});

describe('clauses', () => {
  it('"Turkey, which backs rebels in Syria, warned that it …": "it" is Turkey', () => {
    const evs = code(
      'Turkey, which backs rebels in northern Syria, warned that it would not allow Kurdish fighters to seize more territory.',
      '2016-02-12',
    );
    expect(evs.every((e) => e.source.actor?.country === 'TUR')).toBe(true);
  });

  it('"rejected that conclusion and called for an investigation": "called" is no object of "rejected"', () => {
    const evs = code('Russia has rejected that conclusion and called for an independent investigation.', '2017-04-12');
    expect(evs.map((e) => e.cameo.code)).not.toContain('122');
  });

  it('"the chemical attack on the town, which killed 80 people": the attack\'s doer killed them', () => {
    const evs = code(
      'Washington said Syrian government forces had carried out the chemical attack on Khan Sheikhoun, which killed more than 80 people.',
      '2017-04-12',
    );
    expect(only(evs, 'ASSAULT').length).toBeGreaterThan(0);
    // (the town is no doer: nothing is alleged of it)
    expect(only(evs, 'ACCUSE').map((e) => e.target?.actor?.cameo)).toEqual(['SYRMIL']);
  });
});

describe('requests in a that-clause, rights denied, proclamations', () => {
  it('"demanded that Assad step down": asked of Assad, and he did not step down', () => {
    const evs = code('The opposition demanded that Assad step down at the start of a transition.', '2016-03-15');
    expect(dyads(evs)).toEqual(['SYR>SYR:REQUEST']);
    expect(evs[0].target?.actor?.cameo).toBe('SYRGOV');
  });

  it('"insisted that Russia withdraw" demands it; "did not insist that" demands nothing', () => {
    expect(dyads(code('Washington insisted that Russia withdraw its troops from Ukraine.', '2022-03-01'))).toEqual([
      'USA>RUS:REQUEST',
    ]);
    expect(only(code('Lavrov said Russia did not insist that Assad must stay.', '2015-10-30'), 'REQUEST')).toEqual([]);
  });

  it('"had no right to hand over Syrian land" hands nothing over', () => {
    expect(
      only(
        code('The Syrian foreign ministry said Trump had no right to hand over Syrian land.', '2019-03-25'),
        'RETREAT',
      ),
    ).toEqual([]);
  });

  it('"signed a proclamation recognising Israel\'s sovereignty" recognises it', () => {
    expect(
      dyads(
        code(
          "Trump on Monday signed a proclamation recognising Israel's sovereignty over the Golan Heights.",
          '2019-03-25',
        ),
      ),
    ).toEqual(['USA>ISR:SUPPORT']);
  });

  it('a crowd protesting against a decision demonstrates (141)', () => {
    const evs = code(
      'Hundreds of Syrians in the town of Majdal Shams protested against the U.S. decision.',
      '2019-03-25',
    );
    expect(evs.map((e) => e.cameo.code)).toEqual(['141']);
  });
});

describe('subjects of coordinated and reported clauses', () => {
  it('"said the U.S. move was null and void and urged Washington …": the speaker urges', () => {
    const evs = code(
      'The Arab League said the U.S. move was null and void and urged Washington to reverse it.',
      '2019-03-25',
    );
    expect(dyads(only(evs, 'REQUEST')).map((d) => d.split('>')[1])).toEqual(['USA:REQUEST']);
    expect(only(evs, 'REQUEST')[0].source.actor?.cameo).toMatch(/^IGO/);
    expect(only(evs, 'ACCUSE')).toHaveLength(1);
  });

  it('"Russia said Ukraine attacked the border": the attack is Ukraine\'s, the statement Russia\'s', () => {
    const evs = code('Russia said Ukraine attacked the border and killed two guards.', '2023-06-01');
    expect(dyads(evs).sort()).toEqual(['RUS>UKR:ACCUSE', 'UKR>RUS:ASSAULT']);
  });

  it('"a standoff with Israel that threatened to derail the truce" charges Israel with nothing', () => {
    const evs = code(
      'Hamas said on Thursday it would free three more hostages, defusing a standoff with Israel that threatened to derail the ceasefire.',
      '2025-02-13',
    );
    expect(only(evs, 'ACCUSE')).toEqual([]);
  });
});

describe('agreeing to what another proposed', () => {
  it('"Israel and Hamas agreed to a truce mediated by Qatar": with each other, not with the mediator', () => {
    const evs = only(code('Israel and Hamas agreed to a four-day truce mediated by Qatar.', '2023-11-22'), 'AGREE');
    expect(dyads(evs)).toEqual(['ISR>PSE:AGREE']);
  });

  it('"accepted the Russian-Turkish deal" agrees with both authors', () => {
    const evs = only(code("Assad's government accepted the Russian-Turkish deal on Idlib.", '2018-09-20'), 'AGREE');
    expect(dyads(evs)).toEqual(['SYR>RUS:AGREE', 'SYR>TUR:AGREE']);
  });

  it('"agreed to the Russian plan" agrees with its author', () => {
    expect(dyads(code('Damascus agreed to the Russian plan.', '2018-03-10'))).toEqual(['SYR>RUS:AGREE']);
  });

  it('"agreed to the plan" after "Russia proposed a plan": the proposer; with none proposing, nothing', () => {
    const evs = code(
      'Russia proposed a plan on Monday to evacuate rebels from eastern Ghouta. Damascus agreed to the plan, the defence ministry in Moscow said.',
      '2018-03-10',
    );
    expect(dyads(only(evs, 'AGREE')).filter((d) => d.startsWith('SYR'))).toEqual(['SYR>RUS:AGREE']);
    expect(code('Damascus agreed to the plan, state media said.', '2018-03-10')).toEqual([]);
  });
});

describe('calls and consent', () => {
  it('"informed Assad of the decision by telephone" is a call (041); "agreed to it" consents to the act referred to', () => {
    const evs = code(
      'Putin ordered Russian forces to start withdrawing from Syria on Monday. The Kremlin said Putin had informed President Bashar al-Assad of the decision by telephone and that the Syrian leader had agreed to it.',
      '2016-03-15',
    );
    expect(dyads(evs.filter((e) => e.cameo.code === '041'))).toEqual(['RUS>SYR:CONSULT']);
    expect(dyads(only(evs, 'AGREE'))).toEqual(['SYR>RUS:AGREE']);
  });

  it('"agreed to it" with nothing done before it is no event', () => {
    expect(code('The Syrian leader had agreed to it, state media said.', '2016-03-15')).toEqual([]);
  });
});
