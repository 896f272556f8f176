"""Held-out letters in the style of PDF conversions (rendered by render.py into fixtures/heldout2).
Written before the PDF pre-pass was developed; not used for tuning."""

SENATE = ('center', ['United States Senate', 'WASHINGTON, DC 20510'])

LETTERS = []

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='g01-senator-hud-lead-paint-no-blank-lines',
    title="Senator to HUD on lead paint inspections in public housing; no blank lines, list followed by prose with a document request and an urge",
    date='2025-10-06', deadline='2025-10-27',
    notes="No blank lines between paragraphs. The paragraph after the numbered list holds a document request and an urge (other).",
    style=dict(width=79, blank=False, page_lines=40, hyph=0.5, seed=31,
               header=['Secretary Lillian Ortega', 'Page {page}', 'October 6, 2025'], footer='- {page} -'),
    blocks=[
        SENATE,
        ('lines', ['October 6, 2025', '', 'The Honorable Lillian Ortega', 'Secretary', 'U.S. Department of Housing and Urban Development',
                   '451 Seventh Street SW', 'Washington, DC 20410', '', 'Dear Secretary Ortega:']),
        ('p', "I am writing about the Department's oversight of lead-based paint hazards in public housing. An investigation by a regional newspaper found that children living in public housing in three cities in my state were diagnosed with elevated blood lead levels at twice the rate of other children in the same neighborhoods. In at least two of those cities, the housing authority had certified to the Department that its units had passed lead inspections the year before."),
        ('p', "Under the Department's rules, housing authorities must perform risk assessments and correct hazards within set periods after a child is found to have an elevated blood lead level. The newspaper's review of inspection records suggests that these deadlines were routinely missed and that the Department did not follow up when housing authorities failed to report their corrective actions."),
        ('p', "Please answer the following questions:"),
        ('items', [
            ('1.', "How many public housing units nationwide were the subject of an elevated blood lead level report in each of the last five years, and in how many of those cases was the required risk assessment completed on time?", 'Q'),
            ('2.', "How does the Department verify the lead inspection certifications that housing authorities submit?", 'Q'),
            ('3.', "What actions has the Department taken against housing authorities that failed to correct lead hazards within the required period?", 'Q'),
            ('4.', "Has the Department conducted its own inspections of units in the three cities identified by the newspaper? If so, what did they find?", 'Q'),
            ('5.', "How much funding for lead hazard reduction is available to housing authorities in fiscal year 2026, and how is it allocated?", 'Q'),
        ]),
        ('p', "[[D:I also ask that you provide copies of the most recent lead compliance reviews the Department conducted of the housing authorities in those three cities.]] [[O:Finally, I urge you to require independent verification of lead inspection certifications for any housing authority with a history of late corrective action.]]"),
        ('p', "I request your response no later than October 27, 2025. Thank you for your attention to the health of the children who live in public housing."),
        ('lines', ['Sincerely,', '', '', 'Nathaniel Pryce', 'United States Senator']),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='g02-committee-fema-attachment-dash-subasks',
    title="House committee to FEMA on wildfire assistance; attachment after the signatures behind a page header, numbered questions with dash sub-asks and document requests",
    date='2025-09-08', deadline='2025-09-29',
    notes="The body only introduces the attachment and sets the deadline. Attachment A starts on a new page after the signatures. Item 3 is a background parent with dash sub-asks (null labels). The document requests are noun phrases under their own heading; the first opens 'From January 1, 2023, through the present, all ...'.",
    style=dict(width=80, page_lines=44, seed=32, list_blank=True, header=['The Honorable Desmond Achebe', 'September 8, 2025', 'Page {page}'],
               footer='Page {page} of {pages}'),
    blocks=[
        ('center', ['Congress of the United States', 'House of Representatives', 'COMMITTEE ON TRANSPORTATION AND INFRASTRUCTURE', 'Washington, DC 20515']),
        ('lines', ['September 8, 2025', '', 'The Honorable Desmond Achebe', 'Administrator', 'Federal Emergency Management Agency', '500 C Street SW', 'Washington, DC 20472']),
        ('lines', ['Dear Administrator Achebe:']),
        ('p', "The Committee is reviewing the Federal Emergency Management Agency's delivery of individual assistance to survivors of the wildfires that destroyed more than 3,000 homes in the western foothills last winter. Survivors have told Committee members that their applications were denied for missing documents they had already submitted, that inspections were scheduled months after the fires, and that temporary housing units sat empty while families lived in their cars."),
        ('p', "Attachment A to this letter sets out the Committee's questions and document requests. Please provide your responses and the requested documents by September 29, 2025. If you have any questions, please contact the Committee staff."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Roland Whitacre', 'Chairman'], ['Imani Castellanos', 'Ranking Member']]),
        ('pagebreak',),
        ('lines', ['Attachment A', 'Questions and Document Requests Regarding Wildfire Individual Assistance']),
        ('items', [
            ('1.', "How many households applied for individual assistance after the foothill wildfires, and how many applications were denied in whole or in part?", 'Q'),
            ('2.', "What were the three most common reasons for denial, and how many denials were reversed on appeal?", 'Q'),
            ('3.', "With respect to home inspections:", None),
            ('-', "What was the average time between an application and the inspection of the applicant's home?", 'Q', None, 1),
            ('-', "How many inspections were performed remotely rather than in person?", 'Q', None, 1),
            ('4.', "How many temporary housing units were delivered to the region, and how many were occupied on March 1, 2025?", 'Q'),
        ]),
        ('h', 'Requests for Documents'),
        ('items', [
            ('1.', "From January 1, 2023, through the present, all policies and standard operating procedures governing the review of documents submitted by individual assistance applicants.", 'D'),
            ('2.', "All after-action reports and internal assessments concerning the agency's response to the foothill wildfires.", 'D'),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='g03-senators-dol-ig-review-unemployment-fraud',
    title="Senators asking the Labor Department Inspector General for a review of unemployment fraud recoveries; numbered 'Whether' items",
    date='2025-03-31', deadline=None,
    notes="A request for an inspector general review: the numbered topics worded 'Whether ...' are asks of kind other. A briefing request follows. No response date.",
    style=dict(width=78, page_lines=40, seed=33, blank=True, list_blank=True, header=['The Honorable Marisol Vega', 'March 31, 2025', 'Page {page}'],
               footer='- {page} -', hyph=0.3),
    blocks=[
        SENATE,
        ('lines', ['March 31, 2025', '', 'The Honorable Marisol Vega', 'Inspector General', 'U.S. Department of Labor', '200 Constitution Avenue NW', 'Washington, DC 20210']),
        ('lines', ['Dear Inspector General Vega:']),
        ('p', "During the pandemic, criminals stole tens of billions of dollars from state unemployment insurance programs by filing claims in the names of people who had not lost their jobs. Your office has done important work to identify these schemes and to help prosecute the people responsible.{{fn:See, e.g., U.S. Department of Labor, Office of Inspector General, Pandemic Unemployment Insurance Fraud Update, Report 19-25-001-03-315 (Jan. 2025).}} Yet only a small share of the stolen funds has been recovered, and states report very different rates of success."),
        ('p', "We request that your office review the Department's efforts to help states recover improper unemployment payments, including:"),
        ('items', [
            ('1.', "Whether the Department has given states clear guidance on pursuing recovery from identity thieves as opposed to the people whose identities were stolen.", 'O'),
            ('2.', "Whether the grants the Department awarded to states for fraud prevention and recovery were spent for their intended purposes.", 'O'),
            ('3.', "Whether the Department collects reliable data on the amounts each state has recovered.", 'O'),
        ]),
        ('p', "[[B:We would also appreciate a briefing for our staff when your review is complete.]] Thank you for your attention to this request and for your office's continued work to protect the integrity of these programs."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Gordon Featherstone', 'United States Senator'], ['Adaeze Okonkwo', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='g04-committee-phmsa-advisories-ruptures-prose-asks',
    title="Senate committee to PHMSA on gas pipeline ruptures; commended advisories and past ruptures as background lists, rhetorical question, asks in prose",
    date='2025-05-19', deadline='2025-06-09',
    notes="The bulleted list of advisories the agency already issued (applauded) and the list of past ruptures are background. 'How many more ruptures ...?' is rhetorical. Asks are in prose: a question paragraph, an inspection-report request and a briefing request worded 'make senior agency officials available to brief'.",
    style=dict(width=80, page_lines=44, seed=34, blank=True, header=['Administrator Thaddeus Moreau', 'May 19, 2025', 'Page {page}'],
               footer='- {page} -', hyph=0.4),
    blocks=[
        ('center', ['United States Senate', 'COMMITTEE ON COMMERCE, SCIENCE, AND TRANSPORTATION', 'WASHINGTON, DC 20510-6125']),
        ('lines', ['May 19, 2025', '', 'The Honorable Thaddeus Moreau', 'Administrator', 'Pipeline and Hazardous Materials Safety Administration', '1200 New Jersey Avenue SE', 'Washington, DC 20590']),
        ('lines', ['Dear Administrator Moreau:']),
        ('p', "We write regarding a series of ruptures on natural gas transmission pipelines that have killed four people and destroyed more than thirty homes in the past two years. In each case, the pipeline operator had identified corrosion on the failed segment years before the rupture but had not completed repairs."),
        ('p', "Recent ruptures include the following:"),
        ('items', [
            ('\u2022', "In February 2024, a 30-inch line ruptured near a school in the northern plains, forcing the evacuation of 1,200 residents.", None),
            ('\u2022', "In August 2024, a rupture and fire destroyed eleven homes in a suburban subdivision.", None),
            ('\u2022', "In January 2025, a line that had been flagged for repair in 2019 failed beneath a state highway.", None),
        ]),
        ('p', "We applaud the agency for issuing the following advisories to operators this year:"),
        ('items', [
            ('\u2022', "an advisory bulletin on the management of external corrosion on older pipelines;", None),
            ('\u2022', "guidance on the use of in-line inspection data to prioritize repairs; and", None),
            ('\u2022', "a reminder that operators must report repair deferrals to the agency.", None),
        ]),
        ('p', "Advisories alone, however, do not fix pipe in the ground. Operators that defer repairs year after year face few consequences, and communities near these lines have no way of knowing whether the pipe beneath them is scheduled for repair. How many more ruptures will it take before deferred repairs are treated as the hazard they are?"),
        ('p', "[[Q:How many repair deferrals did transmission operators report to the agency in 2023 and 2024, and how many of those deferrals exceeded one year? What enforcement actions has the agency taken against operators that deferred repairs on segments that later failed?]]"),
        ('p', "[[D:Please provide the agency's inspection reports for each of the three operators whose pipelines ruptured.]] [[B:We also request that you make senior agency officials available to brief Committee staff on the agency's plans to strengthen its repair requirements.]] We ask that you respond by June 9, 2025."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Evelyn Castleberry', 'Chair'], ['Norman Fitzwilliam', 'Ranking Member']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='g05-senator-doe-reserve-inline-comma-deadline-break',
    title="Senator to the Energy Department on petroleum reserve sales; comma inline enumeration, question paragraphs, deadline broken across a page",
    date='2025-10-24', deadline='2025-11-14',
    notes="The document request enumerates (1)-(3) with commas inside one sentence: one entry. The deadline sentence breaks across the page after 'November'.",
    style=dict(width=80, page_lines=36, seed=35, blank=True, header=['The Honorable Harold Brennan', 'October 24, 2025', 'Page {page}'],
               footer='Page {page} of {pages}', hyph=0.4),
    blocks=[
        SENATE,
        ('lines', ['October 24, 2025', '', 'The Honorable Harold Brennan', 'Secretary of Energy', 'U.S. Department of Energy', '1000 Independence Avenue SW', 'Washington, DC 20585']),
        ('lines', ['Dear Secretary Brennan:']),
        ('p', "I write regarding the Department's recent emergency sale of forty million barrels of crude oil from the Strategic Petroleum Reserve. The sale was announced as a response to a supply disruption in the Gulf of Mexico, but reports indicate that much of the oil was purchased by traders who exported it within weeks, and that the Department sold the oil at prices well below those prevailing when the sale closed."),
        ('p', "[[Q:How did the Department determine the volume of oil to offer, and what analysis supported the conclusion that the disruption warranted an emergency sale?]]"),
        ('p', "[[Q:Did the Department consider limiting the sale to purchasers that committed to refine the oil in the United States? If not, why not?]]"),
        ('p', "[[D:Please provide (1) the notice of sale and all amendments to it, (2) the list of successful bidders and the volumes awarded to each, and (3) the Department's analysis of the sale's effect on the reserve's ability to respond to future emergencies.]]"),
        ('raw', "I ask that you respond to these questions and provide the requested documents\nby Friday, November"),
        ('pagebreak',),
        ('raw', "14, 2025. Thank you for your prompt attention to this matter.\n"),
        ('lines', ['Sincerely,', '', '', 'Cordelia Ashworth', 'United States Senator']),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='g06-committee-tsa-sections-footnotes-no-formfeed',
    title="House committee to TSA on screening equipment; lettered sections of numbered items broken across pages, footnotes inside items, no form feeds",
    date='2025-02-10', deadline='2025-03-03',
    notes="Numbering restarts under sections A. and B. (labels A.1). Pages are separated only by 'Page N of M' footers and running headers; footnotes sit at the bottom of the page inside list items.",
    style=dict(width=82, page_lines=38, seed=36, blank=True, list_blank=True, formfeed=False,
               header=['Administrator Celeste Humphries', 'February 10, 2025', 'Page {page}'], footer='Page {page} of {pages}', hyph=0.3,
               fn_sep='_______________'),
    blocks=[
        ('center', ['Congress of the United States', 'House of Representatives', 'COMMITTEE ON HOMELAND SECURITY', 'Washington, DC 20515']),
        ('lines', ['February 10, 2025', '', 'The Honorable Celeste Humphries', 'Administrator', 'Transportation Security Administration', '6595 Springfield Center Drive', 'Springfield, VA 22150']),
        ('lines', ['Dear Administrator Humphries:']),
        ('p', "The Committee is examining the Transportation Security Administration's deployment of computed tomography scanners at airport checkpoints. The agency has said that the scanners improve the detection of explosives and allow travelers to keep laptops and liquids in their bags, yet at the current pace of procurement many airports will not receive them until the late 2030s.{{fn:Transportation Security Administration, Checkpoint Property Screening System Deployment Plan (Oct. 2024).}}"),
        ('p', "Please answer the following questions by March 3, 2025."),
        ('h', 'A. Procurement and Deployment'),
        ('items', [
            ('1.', "How many computed tomography scanners has the agency deployed to date, and at how many of the nation's airports?", 'Q', 'A.1'),
            ('2.', "What is the agency's current schedule for deploying scanners to every checkpoint lane, and how has that schedule changed since 2022?{{fn:In 2022 the agency told the Committee that deployment to all lanes would be complete by fiscal year 2032.}}", 'Q', 'A.2'),
            ('3.', "What is the average unit cost of a scanner, including installation, and how much funding would be needed to complete deployment by 2030?", 'Q', 'A.3'),
        ]),
        ('h', 'B. Performance'),
        ('items', [
            ('1.', "How do the false alarm rates of computed tomography scanners compare with those of the conventional equipment they replace?", 'Q', 'B.1'),
            ('2.', "Has the agency measured the effect of the scanners on checkpoint wait times? If so, please describe the results.", 'Q', 'B.2'),
            ('3.', "Please provide the most recent operational test and evaluation report for the scanners.", 'D', 'B.3'),
        ]),
        ('p', "Thank you for your attention to this matter. Please contact the Committee staff with any questions about this request."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Lawrence Bellweather', 'Chairman'], ['Fatima Oduya', 'Ranking Member']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='g07-senators-nursing-home-chain-produce-briefing',
    title="Senators to a nursing home chain on staffing; 'a)' questions, a prose request to produce communications, and a request to make executives available for a briefing",
    date='2025-07-14', deadline='2025-08-04',
    notes="'a)' lettered questions. The prose requests: 'we request that you produce all internal communications ...' (document_request) and 'We also request that Evergreen make its senior executives available for a briefing with our staff' (briefing_request).",
    style=dict(width=80, page_lines=42, seed=37, blank=True, header=['Mr. Conrad Ellsworth', 'July 14, 2025', 'Page {page}'],
               footer='- {page} -', hyph=0.4),
    blocks=[
        SENATE,
        ('lines', ['July 14, 2025', '', 'Mr. Conrad Ellsworth', 'Chief Executive Officer', 'Evergreen Senior Living Partners, LLC', '900 Peachtree Street NE', 'Atlanta, GA 30309']),
        ('lines', ['Dear Mr. Ellsworth:']),
        ('p', "We write regarding staffing levels at the forty-two nursing homes operated by Evergreen Senior Living Partners. Since Evergreen acquired these facilities in 2022, state inspectors have cited them for insufficient staffing more than twice as often as other facilities in the same states, and residents' families have described call lights going unanswered for hours."),
        ('p', "Public cost reports show that over the same period Evergreen increased payments to related companies for rent and management services while reducing spending on direct care staff.{{fn:Centers for Medicare & Medicaid Services, Skilled Nursing Facility Cost Reports, 2021-2024.}} Medicare and Medicaid pay for the care of most of Evergreen's residents, and taxpayers deserve to know how those funds are spent."),
        ('p', "Please answer the following questions:"),
        ('items', [
            ('a)', "What were the average nurse staffing hours per resident day at each Evergreen facility in each year since 2022?", 'Q'),
            ('b)', "How much did Evergreen's facilities pay to related companies in each of those years, and for what services?", 'Q'),
            ('c)', "How many agency or temporary nurses did Evergreen's facilities use in 2024, and at what average hourly cost?", 'Q'),
            ('d)', "What steps has Evergreen taken to address the staffing deficiencies cited by state inspectors?", 'Q'),
        ]),
        ('p', "In addition, [[D:we request that you produce all internal communications concerning staffing targets or budgets for direct care staff at Evergreen facilities since January 1, 2022.]] [[B:We also request that Evergreen make its senior executives available for a briefing with our staff.]]"),
        ('p', "Please provide your responses and the requested documents no later than August 4, 2025."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Rosalind Achterberg', 'United States Senator'], ['Emmett Lindqvist', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='g08-senators-cfpb-treasury-format-compliance-date',
    title="Senators to two agencies on a small-business lending rule; response-format instruction, a compliance date in background before the real deadline",
    date='2025-08-18', deadline='2025-09-19',
    notes="'lenders must begin collecting data by January 1, 2026' is a compliance date, not a response date; the response date comes later in the letter. 'Please answer separately for each agency' is a response instruction, not an ask.",
    style=dict(width=80, page_lines=36, seed=38, blank=False, header=['Director Okafor and Secretary Lindell', 'August 18, 2025', 'Page {page}'],
               footer='- {page} -', hyph=0.5),
    blocks=[
        SENATE,
        ('lines', ['August 18, 2025', '', 'The Honorable Daniel Okafor', 'Director', 'Consumer Financial Protection Bureau', '1700 G Street NW', 'Washington, DC 20552', '',
                   'The Honorable Miriam Lindell', 'Secretary of the Treasury', '1500 Pennsylvania Avenue NW', 'Washington, DC 20220', '',
                   'Dear Director Okafor and Secretary Lindell:']),
        ('p', "We write regarding the implementation of the small-business lending data rule. Under the rule, the largest lenders must begin collecting data on applications for credit from small businesses by January 1, 2026, including data on the race, sex and ethnicity of business owners. Community banks in our states have told us that they have not received the technical guidance they need to build compliant systems, and that the cost of compliance may lead some to stop offering small loans."),
        ('p', "Please answer separately for each agency."),
        ('items', [
            ('1.', "What technical assistance has your agency provided to community banks and credit unions preparing to comply with the rule?", 'Q'),
            ('2.', "Has your agency estimated the cost of compliance for lenders with fewer than one hundred employees? If so, what is the estimate?", 'Q'),
            ('3.', "What steps will your agency take to protect the privacy of small-business owners whose information is collected under the rule?", 'Q'),
        ]),
        ('p', "We ask that you respond to these questions by September 19, 2025. Thank you for your attention to this matter."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Bernard Oyelowo', 'United States Senator'], ['Clementine Hargrove', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='g09-senator-forest-service-paren-list-enclosures',
    title="Senator to the Forest Service on wildland firefighter pay; '1)' questions, hyphenated line ends, enclosures list after the signature",
    date='2025-04-07', deadline='2025-05-07',
    notes="'1)' numbering with hyphenated line ends. The numbered 'Enclosures:' list after the signature names documents (not asks). Deadline 'within 30 days of the date of this letter'.",
    style=dict(width=74, page_lines=40, seed=39, blank=True, list_blank=False, header=['Chief Rosalind Kettering', 'April 7, 2025', 'Page {page}'],
               footer='- {page} -', hyph=0.9),
    blocks=[
        SENATE,
        ('lines', ['April 7, 2025', '', 'The Honorable Rosalind Kettering', 'Chief', 'U.S. Forest Service', '1400 Independence Avenue SW', 'Washington, DC 20250']),
        ('lines', ['Dear Chief Kettering:']),
        ('p', "I write regarding the recruitment and retention of wildland firefighters. Firefighters in my state have told me that the temporary pay supplement enacted in 2021 made the difference between staying in the profession and leaving it, and that uncertainty about permanent pay reform has already led experienced crew members to accept positions with state and municipal agencies. Supervisors report that several engine crews began the season understaffed, and that the agency is relying on contracted crews to fill the gaps."),
        ('p', "Please respond to the following questions within 30 days of the date of this letter:"),
        ('items', [
            ('1)', "How many permanent and seasonal wildland firefighter positions did the agency fill in each of the last three years, and how many remained vacant at the start of each fire season?", 'Q'),
            ('2)', "What was the attrition rate among permanent wildland firefighters in fiscal years 2023 and 2024, and what reasons did departing employees give?", 'Q'),
            ('3)', "How much did the agency spend on contracted firefighting crews in each of those years, and how does the cost per crew compare with that of agency crews?", 'Q'),
            ('4)', "What mental health and behavioral health services are available to firefighters, and how many firefighters used them in 2024?", 'Q'),
        ]),
        ('p', "Thank you for your attention to this matter and for the work of the men and women who protect our communities from wildfire."),
        ('lines', ['Sincerely,', '', '', 'Augustin Delacroix', 'United States Senator']),
        ('lines', ['Enclosures:']),
        ('items', [
            ('1)', "Letter from the Western States Wildland Firefighter Association to Senator Delacroix (Feb. 18, 2025)", None),
            ('2)', "Survey of Engine Crew Staffing, State Forester's Office (Mar. 2025)", None),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='g10-senators-ssa-overpayments-o-bullets-indented',
    title="Senators to the Social Security Administration on overpayment recovery; bullets with 'o' sub-bullets, first-line indents, bare page numbers, no running header",
    date='2025-06-16', deadline='2025-07-16',
    notes="'\u2022' questions, one of which introduces 'o' sub-questions (all null labels). Paragraphs have five-space first-line indents; pages end with a bare centred page number and form feed and have no running header.",
    style=dict(width=80, jitter=3, page_lines=40, seed=40, blank=True, indent=5, list_blank=False, header=None,
               footer='{page}', hyph=0.4, item_indent=5),
    blocks=[
        SENATE,
        ('lines', ['June 16, 2025', '', 'The Honorable Winifred Sandoval', 'Commissioner', 'Social Security Administration', '6401 Security Boulevard', 'Baltimore, MD 21235']),
        ('lines', ['Dear Commissioner Sandoval:']),
        ('p', "We write regarding the Social Security Administration's recovery of overpayments from beneficiaries. Constituents have contacted our offices after receiving notices demanding repayment of tens of thousands of dollars in benefits that the agency paid them, in some cases years earlier, through no fault of their own. Several told us that the agency withheld their entire monthly benefit without warning, leaving them unable to pay rent or buy medication."),
        ('p', "The agency announced last year that it would reduce the default withholding rate for new overpayments and make it easier to request a waiver. We appreciate those changes, but beneficiaries continue to report confusing notices and long delays in processing waiver requests."),
        ('p', "We ask that you respond to the following questions within thirty days of the date of this letter:"),
        ('items', [
            ('\u2022', "How many beneficiaries received an overpayment notice in each of the last three fiscal years, and what was the median amount of the overpayments?", 'Q'),
            ('\u2022', "How many waiver requests are pending, and what is the average time to decide one?", 'Q'),
            ('\u2022', "For overpayments identified since the new default withholding rate took effect:", None),
            ('o', "How many beneficiaries had their full benefit withheld?", 'Q', None, 1),
            ('o', "How many of those beneficiaries later received a waiver?", 'Q', None, 1),
            ('\u2022', "What changes, if any, does the agency plan to make to its overpayment notices to make them easier to understand?", 'Q'),
        ]),
        ('p', "Thank you for your attention to this matter. We look forward to your response."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Theodora Vance', 'United States Senator'], ['Malcolm Achebe', 'United States Senator']]),
    ],
))
