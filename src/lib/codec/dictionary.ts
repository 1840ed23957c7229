/**
 * The preset dictionary of link version 1 ("D1"): text that deflate may refer back to before
 * the first byte of a link's document, so that the keys, enum values and common words every
 * scenario repeats cost a few bits each instead of being spelled out in every link.
 *
 * PART OF THE LINK CONTRACT. FROZEN FOR EVER FOR LINK VERSION 1.
 * A link's payload can be unpacked only with exactly these bytes, so changing one character
 * here would turn every link ever shared into "damaged". A better dictionary means a new
 * link version (`2.…`), with this one kept, unchanged, for decoding version 1 links
 * (./url-codec.ts, rule 3; ./README.md). A test pins its SHA-256.
 *
 * How it was made (so a successor can be made the same way): the vocabulary of the exchange
 * format (docs/format.md), laid out as the compact JSON of `scenarioToDocument` writes it,
 * plus general words of the domain: UK public services, their costs, their sources. Nothing
 * is taken from any one scenario's own sentences. Deflate reaches nearer text with shorter
 * codes, so the rarest material comes first and the most frequent (a recurring line) last.
 * The dictionary is UTF-8; it holds ASCII only.
 */

const PIECES: readonly string[] = [
	// Who publishes figures, and where.
	' Personal Social Services Research Unit Unit Costs of Health and Social Care' +
		' House of Commons Library Public Accounts Committee Competition and Markets Authority' +
		' Care Quality Commission Ofsted Institute for Fiscal Studies HM Treasury Green Book' +
		' Local Government Association National Audit Office Office for National Statistics' +
		' Ministry of Housing, Communities and Local Government' +
		' Department of Health and Social Care Department for Education',
	' https://commonslibrary.parliament.uk/research-briefings/ https://www.ifs.org.uk/' +
		' https://www.local.gov.uk/ https://www.nao.org.uk/reports/ https://www.ons.gov.uk/' +
		' https://assets.publishing.service.gov.uk/media/' +
		' https://www.gov.uk/government/statistics/ https://www.gov.uk/government/publications/' +
		' .pdf .ac.uk/ .nhs.uk/ .org.uk/ .co.uk/ .gov.uk/ /news/ /report/ ',
	// General words of the domain, roughly rarest first.
	' parking leisure libraries highways waste collection cleaning catering facilities' +
		' maintenance transport IT systems payroll finance legal HR procurement tendering' +
		' housing homelessness temporary accommodation health NHS nursing home care' +
		' domiciliary adult social care special educational needs disabilities care leavers' +
		' looked-after children residential homes young people families schools education',
	' redundancy pension employer national insurance recruitment retention turnover' +
		' vacancies workforce staffing salaries on-costs overheads support services managers' +
		' mobilisation transition set-up transfer TUPE failure step-in risk',
	' value for money median average annual total budget budgets spend prices price fees' +
		' fee rates rate illustrative estimate estimated figures local figures assumptions',
	' per hour per person per place per day per month per year per child per week',
	' not-for-profit charity voluntary shared service private provider providers' +
		' outsourced outsourcing insourcing commissioned commissioning contracts contracted' +
		' contract management contract public sector national government department local' +
		' authorities local authority councils council',
	' independent agency agencies trust children and young people' +
		" children's services children's social care social workers social work" +
		' foster carers fostering foster placement placements in-house service costs cost',
	// The format's less common values.
	'"yearBasis":"calendar","discount":{"scheme":"none"}' +
		'"discount":{"scheme":"flat","ratePercent":"3.5"}',
	'"kind":"other""kind":"shared-service""kind":"not-for-profit""kind":"private"' +
		'"kind":"trust""kind":"agency"',
	'"per":"year""per":"month""per":"day"',
	'"strength":"campaign"}"strength":"consultancy"}"strength":"academic"}' +
		'"strength":"sector-body"}"strength":"press"}"strength":"official-report"}' +
		'"strength":"official-statistics"}"strength":"anecdotal"}',
	// Sources, as they close a document.
	',"via":"',
	']}],"sources":[{"id":"',
	'","title":"',
	'","publisher":"',
	'","date":"20',
	'","url":"https://www.',
	'","quote":"',
	'","strength":"assumption"},{"id":"',
	'","strength":"assumption"}]}',
	// The rarer line kinds and fields.
	',"notes":"',
	'{"id":"failure","label":"Risk","kind":"risk","probabilityPercent":{"low":"',
	'","impact":"',
	'{"id":"set-up","label":"Set-up","kind":"oneOff","amount":{"low":"',
	'"},"year":1,"upliftPercent":"0","sources":[]},',
	'{"id":"staff","label":"Staff","kind":"staff","fte":"',
	'","salary":{"low":"',
	'"},"onCostPercent":{"low":"',
	'"},"upliftPercent":"2.5","fromYear":1,"toYear":',
	'{"id":"overheads","label":"Overheads","kind":"percentOf","percent":{"low":"',
	'"},"of":["',
	'"periodsPerYear":"',
	// The head of every document, in order.
	'{"format":"public-cost-comparison","version":1,"title":"',
	'","description":"',
	'","currency":"GBP","startYear":202',
	',"yearBasis":"financial","horizonYears":',
	',"weeksPerYear":"52","daysPerYear":"365","inflationPercent":"2",' +
		'"discount":{"scheme":"green-book"},"baseline":"',
	// Options and their most common line, the recurring cost: the most frequent text, last.
	'","options":[{"id":"in-house","name":"In-house service","kind":"in-house","lines":[',
	'{"id":"',
	'","label":"',
	'","kind":"recurring","amount":{"low":"',
	'","central":"',
	'","high":"',
	'"},"per":"week","quantity":"1","quantityGrowthPercent":"0","sources":["',
	'"]}]},{"id":"'
];

/**
 * The preset dictionary of link version 1, as text; deflate uses its UTF-8 bytes.
 * Frozen for ever: see the comment at the head of this file.
 */
export const LINK_DICTIONARY_V1: string = PIECES.join('');
