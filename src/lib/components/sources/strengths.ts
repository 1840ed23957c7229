import type { SourceStrength } from '$lib/engine';

/**
 * What each source strength covers, in plain words, after the labels the reference figures
 * (`shared/data/figures.md`) use. For hints beside the strength radios and the key on the
 * sources page.
 */
export const STRENGTH_MEANINGS: Readonly<Record<SourceStrength, string>> = {
	'official-statistics': 'Statistical releases from ONS, DfE, MHCLG or Ofsted',
	'official-report':
		"Reports from the NAO, CMA, a select committee, a department or a council's own papers, or a parliamentary answer",
	academic: 'University researchers, such as the Personal Social Services Research Unit',
	'sector-body': 'Bodies such as the Fostering Network or APSE, which often also campaign',
	consultancy: 'A consultancy or accountancy firm, or research a company paid for',
	press: 'A newspaper, magazine or trade title, often reporting an official figure',
	campaign: 'A union, campaign group or party',
	anecdotal: "A blog, a comment, one council's claim or an AI summary",
	assumption: 'A figure made up for the comparison, to be replaced with a local one'
};
