import type { CatalogueEntry } from './types';
import { CC_2018_PAY_GAP, CMA_2021_FOSTERING, CMA_2021_HOMES } from './unit-cost-sources';

/**
 * Every published source the presets cite, each with the exact quote that gives its figure.
 * All come from `shared/data/figures.md`, which was checked against stored copies of the
 * pages; quotes are copied word for word (curly quotation marks made straight, and a trailing
 * comma dropped where a quote stops mid-sentence). Strengths follow figures.md's labels.
 *
 * Conventions, so that a reader can check a figure where it was actually seen:
 * - A figure from an official body that was seen only as another outlet reported it names
 *   the official body as publisher and the outlet as `via`; its address is the outlet's page.
 * - A press article that reports an official figure in its own words is the article itself
 *   (strength "press"), with no `via`.
 * - A page seen only as a stored copy (a mirror) is cited by its original address where
 *   figures.md gives one, with a caution to check it live.
 * - Where figures.md does not give an article's exact title, the title describes it instead.
 */
export const PUBLISHED_SOURCES: readonly CatalogueEntry[] = [
	// Foster care
	{
		topic: 'foster-care',
		figure:
			'£300 to £350 a week per child with an in-house foster carer; £800 to £850 with a private agency (2016)',
		caution:
			'A reader comment, not a published statistic. It is consistent in size with the market study figure of about £820 a week.',
		source: {
			id: 'cc-2016-comment',
			title:
				"Reader comment on 'Social workers threaten industrial action if government hands children's services to independent trust'",
			publisher: 'Community Care',
			date: '2016-02-14',
			url: 'https://www.communitycare.co.uk/2016/02/11/social-workers-threaten-industrial-action-government-strips-council-childrens-services/',
			quote:
				'the average in-house foster carer costs £300 – 350 per week per child. The average private agency foster carer costs £800 – 850 per week per child (and that is cheap)',
			strength: 'anecdotal'
		}
	},
	CMA_2021_FOSTERING,

	{
		topic: 'foster-care',
		figure:
			'About £17,000 a year: how much cheaper a council foster placement is than an agency placement, on average (2014, mainly 15 councils)',
		caution:
			'A consultancy’s analysis, based mainly on 15 councils. The presets hold it against the figures as a claim, not as an input.',
		source: {
			id: 'impower-2014-fostering',
			title: 'Fostering Futures Launched Today',
			publisher: 'IMPOWER',
			date: '2014',
			url: 'https://www.impower.co.uk/insights/fostering-futures-launched-today',
			quote:
				'each council provided foster placement is on average £17,000 per year cheaper than the average agency placement.',
			strength: 'consultancy'
		}
	},

	// Children's homes
	CMA_2021_HOMES,
	{
		topic: 'childrens-homes',
		figure:
			"£5,059 a week in a council-run children's home against £4,153 with an independent provider (Personal Social Services Research Unit)",
		caution:
			"An opinion piece quoting the Personal Social Services Research Unit; the unit's own table was not checked. The article's date is not shown (around 2024). Council figures are often the full cost, overheads and empty places included, while independent figures are the price paid.",
		source: {
			id: 'pssru-homes',
			title: "Opinion piece on children's residential care, quoting PSSRU unit costs",
			publisher: 'ConservativeHome',
			url: 'https://conservativehome.com/?p=186410',
			quote:
				'According to figures from the Personal Social Service Research Unit, local authority-provided residential care costs more (£5,059 a week on average) than the cost of independent providers of residential care (£4,153 a week on average.)',
			strength: 'press'
		}
	},
	{
		topic: 'childrens-homes',
		figure:
			'£6,108 a week: the average cost of a residential placement, up from £3,935 in 2019 (County Councils Network)',
		caution:
			"Seen as a copy of The Independent's print edition of 3 December; the copy does not show the year.",
		source: {
			id: 'ccn-residential',
			title: "Hundreds of children's care places are over £10k a week",
			publisher: 'The Independent',
			url: 'https://magzter.com/ar/stories/newspaper/The-Independent/HUNDREDS-OF-CHILDRENS-CARE-PLACES-ARE-OVER-10K-A-WEEK',
			quote:
				'Since 2019, the average cost of residential placements has risen by 55 per cent; from £3,935 per child per week to £6,108, the county councils network (CCN) said.',
			strength: 'press'
		}
	},
	{
		topic: 'childrens-homes',
		figure:
			"About £3,000 per resident week in a council-run children's home (data for the year to 31 March 2016)",
		caution: "The answer's own date is not shown in the copy seen.",
		source: {
			id: 'dfe-pq-49075',
			title: 'Written answer to parliamentary question 49075, Children in Care',
			publisher: 'Department for Education',
			url: 'https://www.parallelparliament.co.uk/question/49075/children-in-care',
			quote:
				'the average costs per resident week for a local authority care home for children are around £3,000',
			strength: 'official-report',
			via: 'Parallel Parliament'
		}
	},
	{
		topic: 'childrens-homes',
		figure:
			'Council-run placements can cost "around a third" of an external placement (one council\'s claim)',
		caution:
			"One councillor's claim about one council (Warrington), reported by the BBC. The BBC address is inferred from the path of a stored copy: check it live. The date is not shown.",
		source: {
			id: 'warrington-bbc',
			title:
				"Warrington councillor Matthew Smith on council-run children's homes, BBC Politics North West",
			publisher: 'BBC',
			url: 'https://www.bbc.com/news/articles/c7v002rd8lgo',
			quote:
				'But the actual cost of the placements can be around a third of what it would be in an external placement',
			strength: 'anecdotal'
		}
	},

	// Social workers
	CC_2018_PAY_GAP,
	{
		topic: 'social-workers',
		figure:
			'More than £35 an hour for an experienced agency social worker: at least £62,100 a year (2018)',
		caution: "The worker's pay. What a council pays the agency is more.",
		source: {
			id: 'cc-2018-agency-hourly',
			title: 'Social worker salaries: permanent staff now better off than agency',
			publisher: 'Community Care',
			date: '2018-02-28',
			url: 'https://www.communitycare.co.uk/2018/02/28/social-worker-salaries-permanent-staff-now-better-agency/',
			quote:
				'experienced qualified social workers can still command more than £35 per hour. That equates to a nominal annual pre-tax pay of at least £62,100.',
			strength: 'press'
		}
	},
	{
		topic: 'social-workers',
		figure:
			'£350 per worker per day: what Sheffield paid for two managed agency teams (July 2021 to March 2022)',
		source: {
			id: 'cypnow-2022-project-teams',
			title: 'Agency social work teams cost councils £41m over five years, investigation reveals',
			publisher: 'Children & Young People Now',
			date: '2022-07-26',
			url: 'https://www.cypnow.co.uk/news/article/agency-social-work-teams-cost-councils-41m-over-five-years-investigation-reveals',
			quote:
				'Sheffield City Council employed two teams of six social workers at a cost of £350 per worker per day between July 2021 and March 2022',
			strength: 'press'
		}
	},
	{
		topic: 'social-workers',
		figure:
			'21.1% of pay: the average total employer contribution to the Local Government Pension Scheme (2022 valuation, for April 2023 to March 2026)',
		caution:
			'Rates vary a lot between employers: Leicestershire County Council pays 29.4% in 2025/26.',
		source: {
			id: 'lgps-2022',
			title: 'Triennial valuation 2022 in the LGPS (England & Wales) – Detailed Report',
			publisher: 'LGPS Scheme Advisory Board',
			url: 'https://lgpsboard.org/index.php/2022-valuations-report',
			quote:
				'Average total contribution rates decreased from 22.9% p.a. to 21.1% p.a., although primary rates generally increased.',
			strength: 'official-report'
		}
	},
	{
		topic: 'social-workers',
		figure: '15%: the employer National Insurance rate from 6 April 2025',
		caution:
			'From an accountancy firm, not HM Revenue and Customs: check the rate on GOV.UK before relying on it.',
		source: {
			id: 'ni-2025-rate',
			title: 'National Insurance changes from April 2025',
			publisher: 'PMA Accountants',
			date: '2025',
			url: 'https://pmaaccountants.co.uk/blog/national-insurance-changes-from-april-2025',
			quote:
				'From the same date, the rate at which employers pay secondary contributions is increased from 13.8% to 15%.',
			strength: 'consultancy'
		}
	},
	{
		topic: 'social-workers',
		figure: '£5,000 a year: the pay above which employers pay National Insurance, from April 2025',
		caution:
			'From an accountancy firm, not HM Revenue and Customs: check the threshold on GOV.UK before relying on it.',
		source: {
			id: 'ni-2025-threshold',
			title: 'National Insurance changes from April 2025',
			publisher: 'PMA Accountants',
			date: '2025',
			url: 'https://pmaaccountants.co.uk/blog/national-insurance-changes-from-april-2025',
			quote: 'falls to £96 per week (£417 per month; £5,000 per year)',
			strength: 'consultancy'
		}
	},

	// Improvement consultancy
	{
		topic: 'improvement',
		figure:
			'£1.5 million in fees to the consultancy iMpower at Sandwell, over three years, which left the service rated inadequate',
		caution: "A trade union branch's account, quoted in a UNISON motion.",
		source: {
			id: 'sandwell-unison-impower',
			title: "Children's Services Hits News",
			publisher: 'Sandwell UNISON',
			url: 'http://www.sandwellunison.co.uk/childrens-services-hit-the-news/',
			quote:
				"Three years later iMpower departed Sandwell with the service rated 'inadequate' at the cost of £1.5 million!",
			strength: 'campaign'
		}
	},

	// Children's trusts
	{
		topic: 'trusts',
		figure:
			'£2.9 million and £3.3 million: what the Department for Education paid towards setting up the Doncaster and Slough trusts',
		source: {
			id: 'dfe-2018-trust-set-up',
			title: 'Written answer to parliamentary question 122430, Children: Social Services',
			publisher: 'Department for Education',
			date: '2018-01-17',
			url: 'https://www.parallelparliament.co.uk/question/122430/children-social-services',
			quote:
				'The department paid £2.9 million and £3.3 million towards set up costs for Doncaster and Slough respectively.',
			strength: 'official-report',
			via: 'Parallel Parliament'
		}
	},
	{
		topic: 'trusts',
		figure:
			"£2.5 million: what the Department for Education paid towards setting up Sunderland's trust, Together for Children",
		source: {
			id: 'dfe-2018-sunderland-set-up',
			title: 'Written answer to parliamentary question 122430, Children: Social Services',
			publisher: 'Department for Education',
			date: '2018-01-17',
			url: 'https://www.parallelparliament.co.uk/question/122430/children-social-services',
			quote: "The department's contribution to the set up costs for this company was £2.5 million.",
			strength: 'official-report',
			via: 'Parallel Parliament'
		}
	},
	{
		topic: 'trusts',
		figure:
			'About £3.2 million to set up Worcestershire Children First, paid by the Department for Education (2019 business case)',
		caution:
			'An earlier estimate for the same trust was £4.6 million (2018). The same business case found the trust "would not bring any financial benefits".',
		source: {
			id: 'worcestershire-2019-set-up',
			title: 'Development of Worcestershire Children First, Cabinet minutes',
			publisher: 'Worcestershire County Council',
			date: '2019',
			url: 'https://worcestershire.moderngov.co.uk/mgAi.aspx?ID=8219',
			quote:
				'The Financial Case showed that approximately £3.2 million would be required to establish WCF which would be paid by the Department for Education.',
			strength: 'official-report'
		}
	},
	{
		topic: 'trusts',
		figure:
			'About £4.6 million to set up Worcestershire Children First, £1.74 million of it for project management (2018 estimate)',
		caution: 'A council estimate, later revised to £3.2 million.',
		source: {
			id: 'cypnow-2018-worcestershire',
			title: "Children's services trust set to cost £4.6m",
			publisher: 'Children & Young People Now',
			date: '2018-04-04',
			url: 'https://www.cypnow.co.uk/cyp/news/2005121/childrens-services-trust-set-to-cost-gbp46m',
			quote:
				'It is estimated that an investment of approximately £4.6m will be required to establish and set up the company model',
			strength: 'press'
		}
	},
	{
		topic: 'trusts',
		figure:
			"£42.2 million: the net budget Doncaster council gave its children's trust in 2017/18, which forecast a £2.98 million overspend",
		source: {
			id: 'doncaster-2018-budget',
			title: "Doncaster council to cut children's trust funding by £4.5m",
			publisher: 'Children & Young People Now',
			date: '2018-03-16',
			url: 'https://www.cypnow.co.uk/news/article/doncaster-council-to-cut-children-s-trust-funding-by-4-5m',
			quote:
				'In 2017/18 the council provided the trust with an annual net budget of £42.2m. But following the first nine months of the financial year the trust was predicting an overspend of £2.98m.',
			strength: 'press'
		}
	},
	{
		topic: 'trusts',
		figure: "£20.9 million over a £130 million budget: Northamptonshire Children's Trust, 2022/23",
		source: {
			id: 'northamptonshire-2023-overspend',
			title: "Children's trust set to overspend",
			publisher: 'Northamptonshire Journal',
			date: '2023',
			url: 'https://www.nnjournal.co.uk/p/childrens-trust-set-to-overspend',
			quote:
				"Northamptonshire Children's Trust (NCT) is currently £20.9m over its £130m annual budget that it was allocated by the two authorities.",
			strength: 'press'
		}
	},
	{
		topic: 'trusts',
		figure: "£6.9 million overspent in its first year: Sandwell Children's Trust, 2018/19",
		source: {
			id: 'cypnow-2019-sandwell-overspend',
			title: 'Independent trust outlines plans to save £14m',
			publisher: 'Children & Young People Now',
			date: '2019-09-27',
			url: 'https://www.cypnow.co.uk/cyp/news/2007189/independent-trust-outlines-plans-to-save-gbp14m',
			quote: 'overspent in its first year by £6.9m due to higher than expected demand',
			strength: 'press'
		}
	},
	{
		topic: 'trusts',
		figure:
			"£5.5 million of debt absorbed by Slough council when it took its children's trust over (April 2021)",
		source: {
			id: 'slough-2021-debt',
			title: 'Slough Children First on track for good Ofsted reports, council says',
			publisher: 'Slough Express',
			date: '2021-07-29',
			url: 'https://www.sloughexpress.co.uk/news/slough/169987/slough-children-first-limited-on-track-for-good-ofsted-reports-council.html',
			quote: 'absorbing their £5.5m debt.',
			strength: 'press'
		}
	},

	// Practice pilots
	{
		topic: 'pilots',
		figure:
			'£150,000 for each social work practice pilot in 2008-09, and £240,000 in 2009-10, from the Department for Children, Schools and Families',
		source: {
			id: 'cc-2010-practice-pilots',
			title: 'Unison threatens to scupper Sandwell practice pilot',
			publisher: 'Community Care',
			date: '2010-03-04',
			url: 'https://www.communitycare.co.uk/2010/03/04/unison-threatens-to-scupper-sandwell-practice-pilot/',
			quote:
				'The DCSF gave £150,000 to each social work practice pilot in 2008-9 and £240,000 in 2009-10.',
			strength: 'press'
		}
	},

	// Contracts and insourcing
	{
		topic: 'contracts',
		figure: 'About £12 billion a year spent by central government on service contracts (2008)',
		source: {
			id: 'nao-2008-service-contracts',
			title: "Central government's management of service contracts (HC 65, 2008-09)",
			publisher: 'National Audit Office',
			date: '2008-12-19',
			url: 'https://www.nao.org.uk/reports/central-governments-management-of-service-contracts/',
			quote:
				'Better contract management could potentially generate estimated savings of between £160 million and £290 million a year, across total annual expenditure on service contracts of around £12 billion.',
			strength: 'official-report'
		}
	},
	{
		topic: 'contracts',
		figure: 'About £240 million spent managing those service contracts in 2007-08',
		caution:
			'The National Audit Office gives no percentage. The 2% the insourcing comparison uses is £240 million divided by £12 billion, worked out here.',
		source: {
			id: 'nao-2008-contract-management',
			title: "Central government's management of service contracts (HC 65, 2008-09)",
			publisher: 'National Audit Office',
			date: '2008-12-19',
			url: 'https://www.nao.org.uk/reports/central-governments-management-of-service-contracts/',
			quote:
				'In total the NAO estimates that £240 million was spent on managing service contracts in the period 2007-08.',
			strength: 'official-report',
			via: "a publisher's summary of the report (romanticreadingescapes.net)"
		}
	},
	{
		topic: 'contracts',
		figure:
			'7.1% of contract value spent managing outsourced IT in the public sector, against about 3% in the private sector (Australia and New Zealand)',
		caution:
			'Not UK and not social care: an illustration of the range only. The article is undated.',
		source: {
			id: 'itnewcom-contract-management',
			title: 'Public sector outsourcing costs double the private spend',
			publisher: 'Computerworld Australia',
			url: 'https://www2.computerworld.com.au/article/137264/public_sector_outsourcing_costs_double_private_spend/',
			quote:
				'While the private sector spends around 3 percent of the total cost of the contract, the public sector spends around 7.1 percent, according to the research undertaken by consultancy firm ITNewcom.',
			strength: 'press'
		}
	},
	{
		topic: 'contracts',
		figure:
			"£8,000: the public body's share of the £45,200 average cost of a competitive procurement (2013)",
		caution:
			'Research by the Centre for Economics and Business Research, commissioned by a vendor.',
		source: {
			id: 'cebr-2013-procurement',
			title: 'UK procurement most expensive in EU',
			publisher: 'Wired-Gov',
			date: '2013-07-12',
			url: 'https://www.wired-gov.net/wg/wg-news-1.nsf/article/UK+procurement+most+expensive+in+EU+12072013131000?open',
			quote:
				'The average total cost of a competitive procurement process (or competition) is £45,200, with £8,000 of those costs falling on the public body seeking to attract bids.',
			strength: 'consultancy'
		}
	},
	{
		topic: 'contracts',
		figure:
			'7% saved per house when Fife council brought gas servicing repairs back in-house (2011)',
		caution:
			'Written by the chief executive of APSE, which campaigns for insourcing. One service, not social care.',
		source: {
			id: 'apse-2011-fife',
			title: "In with the 'in' crowd",
			publisher: 'The Guardian',
			date: '2011-07-01',
			url: 'https://www.theguardian.com/public-leaders-network/2011/jul/01/insourcing-councils-bringing-services-back-inhouse',
			quote:
				'Fife council brought its gas servicing repairs back in house and saved 7% in costs per house, according to a new Value of Insourcing report.',
			strength: 'sector-body'
		}
	}
];
