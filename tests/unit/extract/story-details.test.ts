// Detail paragraphs of a story that sums up its incidents in a dated lead ("roadside bombs in
// different areas … on Sunday") take the lead's day as long as the details keep coming: the
// reach of three sentences counts from the last detail that took the day, not from the lead
// (issue 8, eighth try: IED attacks told a paragraph apiece, after a long first detail, were
// lost). Invented sentences in the manner of wire reports.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 11 March 2024: "on Sunday" is the 10th. */
const run = extractOn('2024-03-11');
const at = (text: string, place: string) => run(text).find((p) => p.resolved_place === place);

const LEAD =
  'Militants set off roadside bombs in different areas of the tribal districts on Sunday, killing four people, officials said.';
const MIR_ALI =
  'In North Waziristan, a bomb hit an army convoy near Mir Ali, killing two soldiers.';
const WANA = 'In South Waziristan, a bomb exploded near a market in Wana, killing a shopkeeper.';
const FILLER = [
  'Security forces cordoned off the area and searched nearby houses.',
  'Local elders called for calm and asked residents to stay indoors.',
  'Schools in the area were closed for the day.',
];

describe("the story's day reaches from its last detail", () => {
  it('a detail four sentences after the lead, three after a detail that took the day, takes it', () => {
    const text = [LEAD, MIR_ALI, FILLER[0], FILLER[1], WANA].join('\n');
    expect(at(text, 'Mir Ali')?.date).toBe('2024-03-10');
    expect(at(text, 'Wana')).toMatchObject({ date: '2024-03-10', status: 'proposed' });
  });
});

describe('where the story does not reach', () => {
  it('four sentences after the lead with no detail between, the day is not handed on', () => {
    const text = [LEAD, FILLER[0], FILLER[1], FILLER[2], WANA].join('\n');
    expect(at(text, 'Wana')?.date ?? null).not.toBe('2024-03-10');
  });
  it('four sentences after the last detail, the day is not handed on', () => {
    const text = [LEAD, MIR_ALI, FILLER[0], FILLER[1], FILLER[2], WANA].join('\n');
    expect(at(text, 'Wana')?.date ?? null).not.toBe('2024-03-10');
  });
});

describe("a roundup's province paragraphs", () => {
  // a twenty-fourth-try page (AP): the Helmand and Kunar paragraphs, six and nine sentences after
  // "A spate of suicide bombings … on Sunday in southern Afghanistan", were lost
  const ROUNDUP = [
    'A spate of suicide bombings and other attacks on security forces on Sunday in southern Afghanistan left 13 people dead, officials said.',
    'In Kandahar province, a suicide bomber blew himself up next to a vehicle in the border town of Spin Boldak, killing three civilians.',
    'Two children were among the 14 hurt, the governor said.',
    'A Taliban spokesman said the group was behind the attack.',
    'A boy who was wounded said police shot at the bomber first.',
    '"Police opened fire at the man," he said.',
    'In neighboring Helmand province, a suicide bomber struck a police convoy, killing two officers.',
  ];
  it('"In neighboring Helmand province, …" takes the lead\'s day, for review', () => {
    const p = at(ROUNDUP.join('\n\n'), 'Helmand');
    expect(p).toMatchObject({ date: '2024-03-10', status: 'needs_review' });
  });
  it('control: after a lead that told one attack, the far paragraph takes no day', () => {
    const one = [
      'A suicide bomber attacked security forces on Sunday in southern Afghanistan, officials said.',
      ...ROUNDUP.slice(1),
    ];
    expect(at(one.join('\n\n'), 'Helmand')?.date ?? null).toBeNull();
  });
  it('control: a retelling at a province ("the attack took place in …") takes no day of its own', () => {
    const text =
      'Gunmen in southeastern Iran shot dead a police officer on Sunday, state media reported.\n\nThe agency said the attack took place in the Sistan-Baluchistan region.';
    expect(run(text)).toHaveLength(1);
  });
});
