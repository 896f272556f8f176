"""Development letters in the style of PDF conversions (rendered by render.py into fixtures/dev2)."""

SENATE = ('center', ['United States Senate', 'WASHINGTON, DC 20510'])

LETTERS = []

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e01-senator-faa-outages-no-blank-lines',
    title="Senator to the FAA on equipment outages at an approach control; no blank lines, list followed by a prose paragraph with a briefing request and an urge",
    date='2025-04-14', deadline='2025-05-05',
    notes="No blank lines between paragraphs. The paragraph after the list holds a briefing request and an urge request (other). The closing deadline sentence is not an ask.",
    style=dict(width=80, blank=False, page_lines=44, hyph=0.5, seed=11,
               header=['The Honorable Carla Benitez', 'April 14, 2025', 'Page {page}'], footer='- {page} -'),
    blocks=[
        SENATE,
        ('lines', ['April 14, 2025', '', 'The Honorable Carla Benitez', 'Administrator', 'Federal Aviation Administration',
                   '800 Independence Avenue SW', 'Washington, DC 20591', '', 'Dear Administrator Benitez:']),
        ('p', "I write regarding the repeated failures of radar and radio equipment at the Harbor Approach Control facility, which handles arrivals and departures for three of the busiest airports in the region. On at least four occasions since January, controllers lost radar or radio contact with aircraft for periods ranging from thirty seconds to more than a minute.{{fn:Federal Aviation Administration, Preliminary Information on Equipment Outages at Harbor Approach Control (Mar. 2025).}} These outages forced ground stops, diverted hundreds of flights and, most troublingly, left controllers unable to separate aircraft already in the air."),
        ('p', "The agency has attributed the outages to aging copper telecommunications lines and to a shortage of technicians qualified to maintain them. Agency officials told my staff that replacement of the copper lines with fiber is scheduled for completion in 2027, two years later than the date promised to Congress in 2023. Travelers and the controllers who keep them safe cannot wait that long."),
        ('p', "To help me understand the causes of these failures and the agency's plans to prevent them, please answer the following questions:"),
        ('items', [
            ('1.', "How many unplanned outages of radar, radio or telecommunications equipment occurred at Harbor Approach Control in each year from 2020 through 2025, and how long did each one last?", 'Q'),
            ('2.', "What was the root cause of each outage that occurred in 2025, and which of those causes has been corrected?", 'Q'),
            ('3.', "How many technicians are currently assigned to maintain equipment at the facility, how many positions are authorized, and how many are vacant?", 'Q'),
            ('4.', "Why has the completion date for the fiber replacement project slipped from 2025 to 2027, and what would be required to finish the work sooner?", 'Q'),
            ('5.', "What interim measures, such as backup radio frequencies or redundant telecommunications circuits, has the agency put in place while the replacement work continues?", 'Q'),
            ('6.', "Has the agency assessed whether other approach control facilities depend on similar copper infrastructure? If so, please identify those facilities.", 'Q'),
        ]),
        ('p', "In addition, [[B:I request that agency officials brief my staff on the results of the safety risk management review that the agency began after the most recent outage.]] [[O:I also urge you to dedicate additional technicians to the facility until the replacement work is complete.]]"),
        ('p', "Please provide your responses no later than May 5, 2025. Thank you for your attention to this important safety matter."),
        ('lines', ['Sincerely,', '', '', 'Thomas R. Haldane', 'United States Senator']),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e02-committee-education-enclosure-star-bullets',
    title="House committee to the Education Department on loan servicing transfers; questions in an enclosure after the signatures, behind a page header and title lines",
    date='2025-05-12', deadline='2025-06-02',
    notes="The body asks for a briefing. The enclosure starts on a new page after the signatures: running header, 'Enclosure', two title lines, '*' bullets of questions, then a numbered list of document requests under a heading; the first document item opens with 'For the period from ...'.",
    style=dict(width=78, page_lines=46, seed=12, header=['The Honorable Marcus Whitfield', 'May 12, 2025', 'Page {page}'],
               footer='Page {page} of {pages}'),
    blocks=[
        ('center', ['Congress of the United States', 'House of Representatives', 'COMMITTEE ON EDUCATION AND THE WORKFORCE', '2176 Rayburn House Office Building', 'Washington, DC 20515']),
        ('lines', ['May 12, 2025']),
        ('lines', ['The Honorable Marcus Whitfield', 'Secretary', 'U.S. Department of Education', '400 Maryland Avenue SW', 'Washington, DC 20202']),
        ('lines', ['Dear Secretary Whitfield:']),
        ('p', "We write about the transfer of more than six million federal student loan accounts from two departing servicers to new contractors over the past year. Borrowers in our districts report that payments made before the transfer were not credited, that income-driven repayment applications were lost, and that some accounts were wrongly placed in delinquency. In several cases, borrowers who had qualified for Public Service Loan Forgiveness saw their qualifying payment counts reset to zero."),
        ('p', "The Department's own data show that call wait times at the receiving servicers exceeded ninety minutes for much of the spring, and that the share of borrowers reported delinquent rose sharply in the months after each transfer.{{fn:Federal Student Aid, Servicer Performance Data, Quarter 1, Fiscal Year 2025.}} Borrowers should not pay the price for problems in a transition the Department planned and oversaw."),
        ('p', "The enclosure to this letter sets out our questions and the documents we are requesting. Please provide written responses and the requested documents by June 2, 2025. [[B:We also request that Department officials brief Committee staff on the transfer schedule for the accounts that have not yet moved.]]"),
        ('p', "If you have questions about this request, please contact the Committee staff at (202) 225-4527. Thank you for your prompt attention to this matter."),
        ('lines', ['Sincerely,']),
        ('sig2', [['Virginia Holloway', 'Chairwoman'], ['Curtis Mbeki', 'Ranking Member']]),
        ('pagebreak',),
        ('lines', ['Enclosure', '', 'Questions for the Department of Education', 'Transfers of Federal Student Loan Servicing']),
        ('items', [
            ('*', "How many borrower accounts were transferred in each month since May 2024, and which servicer sent and received each group of accounts?", 'Q'),
            ('*', "How many transferred borrowers had a payment that was not credited to their account within thirty days of the transfer?", 'Q'),
            ('*', "What steps does the Department take to confirm that a borrower's qualifying payment count for Public Service Loan Forgiveness is carried over correctly?", 'Q'),
            ('*', "Has the Department withheld any payment from a servicer for errors made during a transfer? If so, how much, and for what errors?", 'Q'),
            ('*', "When does the Department expect to complete the remaining transfers?", 'Q'),
        ]),
        ('h', 'Documents Requested'),
        ('items', [
            ('1.', "For the period from January 1, 2024, to the present, all guidance the Department issued to servicers concerning the transfer of borrower accounts.", 'D'),
            ('2.', "Each transfer readiness assessment prepared for the Department by or about a receiving servicer.", 'D'),
            ('3.', "All communications between Federal Student Aid and the departing servicers concerning missing or incomplete payment histories.", 'D'),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e03-senators-telecom-911-incidents-rhetorical',
    title="Senators to a telecommunications carrier on 911 outages; background incident list, rhetorical questions, prose asks, deadline broken across a page",
    date='2024-12-16', deadline='2025-01-10',
    notes="The '\u25aa' list recounts past outages (background). Background paragraphs end with rhetorical questions (not asks). Asks are in prose: a question paragraph, a document request that refers back ('referenced above'), and a briefing request worded 'make ... representatives available to brief'. The deadline sentence breaks across the page: 'January' / form feed / header / '10, 2025.'",
    style=dict(width=80, page_lines=42, seed=13, blank=True, hyph=0.3,
               header=['Mr. Raymond Okoro', 'December 16, 2024', 'Page {page}'], footer='- {page} -'),
    blocks=[
        SENATE,
        ('lines', ['December 16, 2024', '', 'Mr. Raymond Okoro', 'Chief Executive Officer', 'Lumina Networks, Inc.', '1400 Commerce Street', 'Dallas, TX 75201']),
        ('lines', ['Dear Mr. Okoro:']),
        ('p', "We write with serious concern about a series of outages on the Lumina Networks system that prevented residents of our states from reaching 911. Emergency calls are the most important calls a network carries, and a carrier that cannot complete them has failed at its most basic obligation to the public."),
        ('p', "According to reports filed with the Federal Communications Commission and to accounts from state 911 administrators, the outages followed a familiar pattern:"),
        ('items', [
            ('\u25aa', "On March 4, 2024, a software update to a call-routing database left 911 calls in four counties unanswered for nearly three hours.", None),
            ('\u25aa', "On June 19, 2024, a fiber cut near a regional switching center disconnected public safety answering points serving more than 600,000 residents.", None),
            ('\u25aa', "On September 30, 2024, an expired security certificate caused text-to-911 messages to fail statewide for most of a day.", None),
        ]),
        ('p', "In each case, state officials learned of the outage from residents rather than from the company, and the notifications the company eventually sent did not identify which communities were affected. If a carrier cannot tell emergency managers where calls are failing, how are those managers supposed to warn the public to use another number?"),
        ('p', "We are equally troubled that the company appears to have known about the certificate problem for weeks. Technicians raised the expiring certificate in an internal ticket in August, yet no one acted before it lapsed. Why did it take a statewide failure for the company to decide to disconnect the affected servers and replace the certificate?"),
        ('p', "[[Q:What changes has Lumina made to its software deployment and certificate management practices since September, and how will those changes prevent a recurrence? How many engineers are assigned to monitor the 911 network at any given time?]]"),
        ('p', "[[D:In addition, please provide the root cause analysis reports referenced above for each of the three outages.]] [[B:We also request that Lumina make its network operations and public safety representatives available to brief our staff on the company's plans for redundant call routing.]]"),
        ('raw', "We ask that you provide the requested reports and responses no later than January"),
        ('pagebreak',),
        ('raw', "10, 2025. Thank you for your prompt attention to this matter, which affects the\nsafety of every resident who may one day need to call for help.\n"),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Eleanor Vance', 'United States Senator'], ['Jonah Whitcombe', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e04-senators-va-ig-review-whether-items',
    title="Senators asking the VA Inspector General to review a scheduling contract; 'whether' items of a review request",
    date='2025-02-24', deadline=None,
    notes="A request to an inspector general for a review. The bulleted review topics worded 'whether ...' / 'the extent to which ...' are asks of kind other (they ask the office to examine something). A briefing request follows. No response date.",
    style=dict(width=76, jitter=2, page_lines=46, seed=14, header=['The Honorable Lorraine Etheridge', 'February 24, 2025', 'Page {page}'],
               footer='{page}', hyph=0.4),
    blocks=[
        SENATE,
        ('lines', ['February 24, 2025', '', 'The Honorable Lorraine Etheridge', 'Inspector General', 'Department of Veterans Affairs',
                   '810 Vermont Avenue NW', 'Washington, DC 20420']),
        ('lines', ['Dear Inspector General Etheridge:']),
        ('p', "We write to request that your office review the Department of Veterans Affairs' management of its contract with Meridian Health Logistics to schedule community care appointments for veterans. Since the contract took effect in 2023, veterans in our states have waited weeks for appointments that the contract requires to be scheduled within days, and several community providers have stopped accepting referrals because of unpaid claims."),
        ('p', "Department officials have acknowledged that the contractor has not met its performance standards in any quarter since the contract began.{{fn:Department of Veterans Affairs, Office of Integrated Veteran Care, Contractor Performance Summary (Jan. 2025).}} Nevertheless, the Department exercised an option to extend the contract last fall and paid incentive fees for two quarters in which the standards were not met."),
        ('p', "We therefore request that your office conduct a review of the contract that examines the following matters:"),
        ('items', [
            ('\u2022', "whether the Department's decision to exercise the option year was supported by documented performance data;", 'O'),
            ('\u2022', "whether incentive fees were paid in accordance with the terms of the contract and applicable regulations;", 'O'),
            ('\u2022', "the extent to which delays in scheduling have affected the timeliness of care for veterans in rural areas; and", 'O'),
            ('\u2022', "whether the Department has adequate staff to oversee the contractor's performance.", 'O'),
        ]),
        ('p', "[[B:We also ask that your office brief our staff on the scope and expected timeline of the review once it begins.]] We appreciate your office's continued work on behalf of veterans and taxpayers."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Harriet Lindqvist', 'United States Senator'], ['Samuel Adeyemi', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e05-committee-cisa-commended-steps-gao-enclosures',
    title="Senate committee to CISA on school cybersecurity; commended steps, commended GAO recommendations, questions, and a numbered enclosures list after the signatures",
    date='2025-06-27', deadline='2025-07-18',
    notes="Two background lists: the bulleted steps the agency already announced (commended) and the numbered GAO recommendations the agency accepted. Only the later numbered questions are asks. The numbered 'Enclosures:' list after the signatures names documents sent with the letter.",
    style=dict(width=80, page_lines=50, seed=15, list_blank=False, header=['Director Nadia Farouk', 'June 27, 2025', 'Page {page}'],
               footer='- {page} -', hyph=0.4),
    blocks=[
        ('center', ['United States Senate', 'COMMITTEE ON HOMELAND SECURITY AND GOVERNMENTAL AFFAIRS', 'WASHINGTON, DC 20510-6250']),
        ('lines', ['June 27, 2025', '', 'The Honorable Nadia Farouk', 'Director', 'Cybersecurity and Infrastructure Security Agency', '1110 N. Glebe Road', 'Arlington, VA 22201']),
        ('lines', ['Dear Director Farouk:']),
        ('p', "Ransomware attacks on public school districts have disrupted instruction for hundreds of thousands of students and exposed the personal information of students and staff. Small and rural districts, which often lack a single employee dedicated to information technology, have been especially vulnerable."),
        ('p', "We commend the agency for the steps it announced in January, which include:"),
        ('items', [
            ('\u2022', "offering free vulnerability scanning to every public school district;", None),
            ('\u2022', "publishing a cybersecurity toolkit tailored to districts with fewer than 2,500 students; and", None),
            ('\u2022', "hiring regional advisers dedicated to the education sector.", None),
        ]),
        ('p', "We are also encouraged that the agency has accepted each of the recommendations the Government Accountability Office made in its October 2024 report:{{fn:U.S. Government Accountability Office, Critical Infrastructure Protection: Additional Federal Coordination Is Needed to Enhance K-12 Cybersecurity, GAO-25-106121 (Oct. 2024).}}"),
        ('items', [
            ('1.', "Develop performance measures to assess the effectiveness of the agency's services to school districts.", None),
            ('2.', "Coordinate with the Department of Education to identify the districts at greatest risk.", None),
            ('3.', "Establish a process for sharing incident information with state education agencies.", None),
        ]),
        ('p', "Despite this progress, only a small fraction of districts have enrolled in the agency's services, and the agency has not said when it will complete the actions GAO recommended. To help the Committee assess the agency's work, please answer the following questions by July 18, 2025:"),
        ('items', [
            ('1.', "How many school districts have enrolled in the agency's vulnerability scanning service, and how many of those districts have fewer than 2,500 students?", 'Q'),
            ('2.', "What is the agency's schedule for completing each of the three actions GAO recommended?", 'Q'),
            ('3.', "How many regional advisers dedicated to the education sector has the agency hired, and where are they located?", 'Q'),
            ('4.', "What additional authority or resources, if any, would the agency need to reach districts that have not enrolled?", 'Q'),
        ]),
        ('p', "Thank you for your attention to this request and for your work to protect the nation's schools."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Margaret Olufemi', 'Chairman'], ['Dennis Arkwright', 'Ranking Member']]),
        ('lines', ['Enclosures:']),
        ('items', [
            ('1.', "Review of Ransomware Incidents Affecting Public School Districts, Office of the State Auditor (2024)", None),
            ('2.', "Letter from Superintendents of the Tri-County Education Cooperative to the Committee (May 2, 2025)", None),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e06-subcommittee-dod-software-inline-comma-list',
    title="House subcommittee to the DoD CIO on a logistics software contractor; sub-items with 'If so, please provide', schedule request, comma inline enumeration",
    date='2025-03-07', deadline='2025-03-28',
    notes="Item 1 asks a question and then asks for a list: the first ask decides (question). Item 2(a) 'If so, please provide the attestation ...' is a document request. Item 3 asks for the integrated master schedule and a schedule risk analysis (document request). The closing prose paragraph enumerates (1)-(3) with commas inside one sentence: one entry, kind document_request.",
    style=dict(width=82, jitter=3, page_lines=44, seed=16, list_blank=True, header=['Hon. Ellen Park', 'March 7, 2025', 'Page {page}'],
               footer='- {page} -', hyph=0.3),
    blocks=[
        ('center', ['Congress of the United States', 'House of Representatives', 'SUBCOMMITTEE ON CYBERSECURITY, INFORMATION TECHNOLOGY, AND GOVERNMENT INNOVATION']),
        ('lines', ['March 7, 2025', '', 'The Honorable Ellen Park', 'Chief Information Officer', 'U.S. Department of Defense', '6000 Defense Pentagon', 'Washington, DC 20301']),
        ('lines', ['Dear Ms. Park:']),
        ('p', "We write regarding the Department's use of the Halcyon logistics software, which tracks the movement of spare parts for more than forty weapon systems. Press reports indicate that a component of the software was developed by a subsidiary of Northgate Systems that is owned by a company headquartered outside the United States, and that this fact was not disclosed when the Department renewed its license in 2024."),
        ('p', "Federal policy requires software producers to attest that they follow secure development practices before their software is used by an agency. It is not clear whether Northgate made that attestation or whether the Department reviewed it. We are also concerned that a delayed upgrade of the software will leave program offices dependent on an unsupported version through at least 2026."),
        ('p', "Please provide the following information by March 28, 2025:"),
        ('items', [
            ('1.', "When did the Department first learn that the Halcyon software contained a component developed by a foreign-owned subsidiary? Please provide a list of every program office that uses the software.", 'Q'),
            ('2.', "Did Northgate submit the secure software development attestation required by Office of Management and Budget guidance?", 'Q'),
            ('a.', "If so, please provide the attestation and any supporting artifacts Northgate submitted with it.", 'D', '2(a)', 1),
            ('b.', "If not, what action has the Department taken to enforce the requirement?", 'Q', '2(b)', 1),
            ('3.', "Please provide the upgrade program's integrated master schedule and any schedule risk analysis prepared since the contract was awarded.", 'D'),
            ('4.', "What steps will the Department take to protect program offices that continue to rely on the unsupported version of the software?", 'Q'),
        ]),
        ('p', "[[D:In addition, please provide (1) the contract modification that extended Northgate's period of performance, (2) the justification and approval document for that extension, and (3) any correspondence with Northgate about the foreign-owned component.]]"),
        ('p', "Thank you for your attention to this matter. Please contact the Subcommittee staff with any questions."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Gregory Tallis', 'Chairman'], ['Monica Reyes-Whitaker', 'Ranking Member']], 44),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e07-committee-dot-hazmat-roman-sections-page-breaks',
    title="Senate committee to the Transportation Secretary on hazardous materials trains; Roman sections, lettered sub-items and 'o' bullets broken across pages",
    date='2025-06-02', deadline='2025-06-30',
    notes="Items are numbered within Roman-numeral sections (labels I.1 ...). II.1 is a background parent; its sub-items are entries labelled II.1(a). III.1 asks a question and has 'o' bullet sub-questions (null labels). Page breaks fall inside the list.",
    style=dict(width=78, page_lines=38, seed=17, list_blank=True, header=['The Honorable Victor Osei', 'Page {page}', 'June 2, 2025'],
               footer=None, hyph=0.2),
    blocks=[
        SENATE,
        ('lines', ['June 2, 2025', '', 'The Honorable Victor Osei', 'Secretary of Transportation', 'U.S. Department of Transportation', '1200 New Jersey Avenue SE', 'Washington, DC 20590']),
        ('lines', ['Dear Secretary Osei:']),
        ('p', "The Committee continues its oversight of the safe transportation of hazardous materials by rail. Trains carrying flammable liquids and toxic gases pass through hundreds of communities every day, often within a few feet of homes and schools. The derailments of the past three years have shown how quickly a single failed wheel bearing can become a regional emergency."),
        ('p', "Please respond to the following questions by June 30, 2025."),
        ('h', 'I. Inspections'),
        ('items', [
            ('1.', "How many inspections of freight cars carrying hazardous materials did the Federal Railroad Administration conduct in each of the last three fiscal years?", 'Q', 'I.1'),
            ('2.', "How many of those inspections identified a defect that required a car to be removed from service?", 'Q', 'I.2'),
            ('3.', "Does the agency have enough inspectors to meet its own inspection targets? If not, how many additional inspectors would it need?", 'Q', 'I.3'),
        ]),
        ('h', 'II. Tank Cars'),
        ('items', [
            ('1.', "With respect to the phase-out of older tank cars that lack thermal protection:", None, 'II.1'),
            ('a.', "How many such cars remain in flammable liquid service?", 'Q', 'II.1(a)', 1),
            ('b.', "Will the phase-out be completed by the statutory deadline?", 'Q', 'II.1(b)', 1),
            ('2.', "Please provide the most recent tank car fleet composition report submitted to the Department by the Association of American Railroads.", 'D', 'II.2'),
        ]),
        ('h', 'III. Emergency Response'),
        ('items', [
            ('1.', "Does the Department require railroads to notify local emergency responders before hazardous materials shipments pass through their jurisdictions? If so:", 'Q', 'III.1'),
            ('o', "What information must the notice contain?", 'Q', None, 1),
            ('o', "How far in advance must it be given?", 'Q', None, 1),
            ('2.', "What funding has the Department provided for hazardous materials training of volunteer firefighters in each of the last two years?", 'Q', 'III.2'),
        ]),
        ('p', "Thank you for your attention to these questions."),
        ('lines', ['Sincerely,', '', '', 'Josephine Albrecht', 'Chair']),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e08-senators-two-agencies-format-instruction-no-deadline',
    title="Senators to two agencies on a medical device rule; response-format instruction, a compliance date in background, no response date",
    date='2025-09-15', deadline=None,
    notes="The letter states no response date. 'certify compliance by March 1, 2026' is a compliance date for manufacturers, not a response deadline. 'Please answer each question separately for each of your agencies' is a response instruction, not an ask.",
    style=dict(width=80, page_lines=32, seed=18, blank=False, header=['Secretary Alvarez and Administrator Chen', 'September 15, 2025', 'Page {page}'],
               footer='- {page} -', hyph=0.5),
    blocks=[
        SENATE,
        ('lines', ['September 15, 2025', '', 'The Honorable Ramon Alvarez', 'Secretary of Health and Human Services', '200 Independence Avenue SW', 'Washington, DC 20201',
                   '', 'The Honorable Grace Chen', 'Administrator', 'Centers for Medicare & Medicaid Services', '7500 Security Boulevard', 'Baltimore, MD 21244', '',
                   'Dear Secretary Alvarez and Administrator Chen:']),
        ('p', "We write about the implementation of the final rule on cybersecurity requirements for connected medical devices, such as infusion pumps and cardiac monitors, that hospitals rely on every day. Under the rule, manufacturers are expected to certify compliance by March 1, 2026, and hospitals that participate in Medicare must maintain an inventory of affected devices."),
        ('p', "Hospital associations in our states have told us that manufacturers have not yet provided the software bills of materials that hospitals need to build those inventories. Rural hospitals in particular have raised concerns about the cost of replacing devices that cannot be patched."),
        ('p', "Because the rule is administered jointly, please answer each question separately for each of your agencies."),
        ('items', [
            ('1.', "What guidance has your agency issued to manufacturers and hospitals since the rule was finalized, and what additional guidance is planned before March 1, 2026?", 'Q'),
            ('2.', "How will your agency verify that manufacturers' certifications are accurate?", 'Q'),
            ('3.', "What assistance, including grants or technical support, is available to rural hospitals that must replace devices that cannot be patched?", 'Q'),
            ('4.', "Has your agency considered phasing in the inventory requirement for hospitals with fewer than fifty beds? If not, why not?", 'Q'),
        ]),
        ('p', "We appreciate your attention to this matter and look forward to working with you to protect patients."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Patricia Duvall', 'United States Senator'], ['Kenneth Oyelaran', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e09-senator-bop-paren-close-list-footnotes',
    title="Senator to the Bureau of Prisons on staffing and restrictive housing; '1)' list broken across a page with footnotes at the page bottom",
    date='2025-01-21', deadline='2025-02-20',
    notes="'1)' numbering. Page breaks and bottom-of-page footnotes fall inside list items. The intro sentence carries a relative deadline ('within thirty days').",
    style=dict(width=80, page_lines=40, seed=19, blank=True, list_blank=True, header=['Director Colette Marsh', 'January 21, 2025', 'Page {page}'],
               footer='Page {page} of {pages}', hyph=0.4, fn_sep='__________'),
    blocks=[
        SENATE,
        ('lines', ['January 21, 2025', '', 'The Honorable Colette Marsh', 'Director', 'Federal Bureau of Prisons', '320 First Street NW', 'Washington, DC 20534']),
        ('lines', ['Dear Director Marsh:']),
        ('p', "I write regarding staffing shortages at federal correctional institutions and the Bureau's growing reliance on restrictive housing to manage them. A recent report by the Department of Justice Inspector General found that several institutions routinely assigned teachers, nurses and case managers to cover correctional officer posts, a practice known as augmentation.{{fn:U.S. Department of Justice, Office of the Inspector General, Evaluation of the Federal Bureau of Prisons' Use of Augmentation, Report 24-081 (Sept. 2024).}} The same report found that inmates at short-staffed institutions spent more time confined to their cells and had less access to programs that reduce recidivism."),
        ('p', "Staff at the Bureau's facility in my state have described mandatory double shifts several times a week. One officer told my office that she had worked sixteen-hour shifts on eleven days in a single month.{{fn:Interview by Senate staff with a correctional officer (Dec. 2024). The officer asked that her name not be used.}} These conditions endanger staff and inmates alike."),
        ('p', "Please respond to the following questions within thirty days of the date of this letter:"),
        ('items', [
            ('1)', "How many correctional officer positions were authorized and how many were filled at each institution as of the end of fiscal year 2024? Please include the vacancy rate for each institution.{{fn:The Bureau reported an agency-wide vacancy rate in its fiscal year 2024 budget justification but did not provide figures for individual institutions.}}", 'Q'),
            ('2)', "How many hours of augmentation were worked at each institution in fiscal year 2024, and which job categories were most often used to cover correctional posts?", 'Q'),
            ('3)', "What was the average number of days inmates spent in restrictive housing at each institution in fiscal year 2024, and how does that compare with fiscal year 2021?", 'Q'),
            ('4)', "What is the Bureau doing to recruit and retain correctional officers at institutions with the highest vacancy rates? Has the Bureau used retention incentives at those institutions? If so, what effect have they had?", 'Q'),
            ('5)', "Please provide the Bureau's current staffing plan and any analysis of the effect of augmentation on access to educational and treatment programs.", 'D'),
        ]),
        ('p', "Thank you for your attention to this matter."),
        ('lines', ['Sincerely,', '', '', 'Miriam Castellanos', 'United States Senator']),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e10-senators-census-indented-prose-rhetorical',
    title="Senators to the Census Bureau on count errors; first-line indents, no blank lines, uneven line lengths, rhetorical questions and prose asks",
    date='2025-08-04', deadline='2025-09-02',
    notes="All prose, no list; paragraphs start with a five-space indent and have no blank lines between them. Rhetorical questions in background paragraphs are not asks. 'I would also welcome a briefing for my staff' is a briefing request.",
    style=dict(width=78, jitter=4, blank=False, indent=5, page_lines=30, seed=20, hyph=0.6, formfeed=False,
               header=['Director Amanda Fox', 'Page {page}'], footer='{page}'),
    blocks=[
        SENATE,
        ('lines', ['August 4, 2025', '', 'Dr. Amanda Fox', 'Director', 'U.S. Census Bureau', '4600 Silver Hill Road', 'Washington, DC 20233', '', 'Dear Director Fox:']),
        ('p', "We write regarding the Bureau's post-enumeration survey, which found that the 2020 census undercounted the population of six states and overcounted the population of eight others. Several counties in our states were among those with the largest estimated undercounts, particularly in rural areas and on tribal lands. Census counts determine how hundreds of billions of dollars in federal funding are distributed every year, as well as the number of seats each state holds in the House of Representatives. How can communities plan for schools, hospitals and roads when the count itself is in doubt?"),
        ('p', "The Bureau has acknowledged that its reliance on administrative records and statistical imputation increased in 2020 because field operations were cut short by the pandemic. Local officials in our states report that the Bureau's address lists omitted new housing developments and that enumerators were unable to reach many homes on unnamed roads. Why should rural counties bear the cost of errors they did nothing to cause?"),
        ("p", "[[Q:How does the Bureau plan to improve its address list for the 2030 census in rural areas and on tribal lands, and what role will local governments play in reviewing it? Will the Bureau open more local offices than it did in 2020?]]"),
        ('p', "[[D:We ask that you provide copies of the operational assessments the Bureau completed for its address canvassing and nonresponse follow-up operations.]] [[B:I would also welcome a briefing for my staff on the Bureau's plans for the 2026 census test.]] [[O:Finally, we urge you to publish county-level estimates of coverage error so that local governments can understand how their communities were counted.]]"),
        ('p', "Please provide your response by September 2, 2025. Thank you for your attention to this important matter."),
        ('lines', ['Sincerely,', '', 'Walter Brightman', 'United States Senator', '', 'Lucia Ferreira', 'United States Senator']),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e11-senators-automaker-airbag-produce-complaints',
    title="Senators to an automaker on airbag inflator ruptures; '(1)' questions, a prose request to produce complaints, and a briefing availability request",
    date='2025-08-11', deadline='2025-08-29',
    notes="'(1)' numbering. The prose sentence '..., we request that you produce all consumer complaints ...' is a document request. 'We also request that Corvane Motors make appropriate representatives available to brief our staff' is a briefing request.",
    style=dict(width=80, page_lines=46, seed=21, blank=True, list_blank=False, header=['Ms. Helena Strand', 'August 11, 2025', 'Page {page}'],
               footer='- {page} -', hyph=0.4),
    blocks=[
        SENATE,
        ('lines', ['August 11, 2025', '', 'Ms. Helena Strand', 'President and Chief Executive Officer', 'Corvane Motors North America', '2500 Harbor Parkway', 'Detroit, MI 48226']),
        ('lines', ['Dear Ms. Strand:']),
        ('p', "We write regarding reports that airbag inflators installed in certain Corvane sedans and sport utility vehicles have ruptured during deployment, sending metal fragments into the passenger compartment. At least two drivers have died and nine others have been seriously injured in crashes involving these vehicles since 2022.{{fn:National Highway Traffic Safety Administration, Office of Defects Investigation, Preliminary Evaluation PE24-019 (Nov. 2024).}}"),
        ('p', "Corvane issued a recall of 48,000 vehicles in March but has not explained why other vehicles equipped with inflators from the same supplier and the same production period were excluded. Owners of those vehicles have told our offices that dealers were unable to tell them whether their cars are safe to drive."),
        ('p', "To help us understand the scope of the problem and the adequacy of the recall, please answer the following questions:"),
        ('items', [
            ('(1)', "How many vehicles sold in the United States are equipped with inflators produced by the same supplier between 2015 and 2019?", 'Q'),
            ('(2)', "On what basis did Corvane decide which vehicles to include in the March recall?", 'Q'),
            ('(3)', "When did Corvane first receive a report of an inflator rupture in a vehicle that was not included in the recall?", 'Q'),
            ('(4)', "How many replacement inflators are available today, and when will enough be available to repair every recalled vehicle?", 'Q'),
        ]),
        ('p', "Because complaints from owners are often the first sign of a defect, [[D:we request that you produce all consumer complaints, warranty claims and field reports that Corvane has received concerning inflator ruptures in model years 2015 through 2019.]] [[B:We also request that Corvane Motors make appropriate engineering and safety representatives available to brief our staff on the company's investigation.]]"),
        ('p', "Please provide the requested information by August 29, 2025. Thank you for your prompt attention to this urgent safety matter."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Beatrice Nakamura', 'United States Senator'], ['Oliver Grantham', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e12-delegation-usace-no-asks-urge-only',
    title="State delegation to the Army Corps of Engineers on a levee project; background numbered list, rhetorical question, one urge, no deadline",
    date='2025-04-28', deadline=None,
    notes="The numbered list recounts past flood events (background). The letter's only ask is the urge request. The date by which the Corps has committed to act is not a response deadline.",
    style=dict(width=80, page_lines=30, seed=22, blank=False, header=['Lieutenant General Ruth Castellano', 'April 28, 2025', 'Page {page}'],
               footer='Page {page} of {pages}', hyph=0.4),
    blocks=[
        ('center', ['Congress of the United States', 'Washington, DC 20515']),
        ('lines', ['April 28, 2025', '', 'Lieutenant General Ruth Castellano', 'Chief of Engineers and Commanding General', 'U.S. Army Corps of Engineers', '441 G Street NW', 'Washington, DC 20314', '', 'Dear General Castellano:']),
        ('p', "We write on behalf of the residents of the Lower Fenwick River valley, who have waited more than a decade for the Corps to complete the levee improvements Congress authorized in 2014. In that time, the valley has flooded repeatedly:"),
        ('items', [
            ('1.', "In May 2017, the river overtopped the north levee and flooded more than 400 homes.", None),
            ('2.', "In March 2019, a seepage failure forced the evacuation of two elementary schools for three weeks.", None),
            ('3.', "In April 2024, floodwaters closed the valley's only interstate crossing for nine days and cut off access to the regional hospital.", None),
        ]),
        ('p', "Each of these events caused damage that exceeded the cost of the remaining work on the project. The Corps has committed to award the final construction contract by December 31, 2025, but it made similar commitments in 2019 and 2022 that it did not keep. How many more floods must the valley endure before the work is finished?"),
        ('p', "[[O:We urge you to make the Lower Fenwick project a priority in the Corps' work plan for fiscal year 2026 and to award the final construction contract without further delay.]] The residents of the valley have been patient, and they deserve the protection Congress promised them."),
        ('p', "Thank you for your attention to this matter."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Arthur Pennington', 'Member of Congress'], ['Shirin Daneshvar', 'Member of Congress']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e13-committee-usda-sections-bullets-no-formfeed',
    title="House committee to USDA on meat inspection staffing; lettered sections with bullets broken across pages, no form feeds, left-aligned 'Page N of M' footers",
    date='2025-07-09', deadline='2025-08-08',
    notes="Three lettered sections with '\u2022' bullets (null labels). The converter kept no form feeds: pages are separated only by footer and header lines. A prose document request follows the list; a cc line follows the signatures.",
    style=dict(width=84, page_lines=34, seed=23, blank=True, list_blank=False, formfeed=False, center_footer=False,
               header=['Secretary Dana Whitmore', 'July 9, 2025', 'Page {page}'], footer='Page {page} of {pages}', hyph=0.3),
    blocks=[
        ('center', ['Congress of the United States', 'House of Representatives', 'COMMITTEE ON AGRICULTURE', '1301 Longworth House Office Building', 'Washington, DC 20515']),
        ('lines', ['July 9, 2025', '', 'The Honorable Dana Whitmore', 'Secretary', 'U.S. Department of Agriculture', '1400 Independence Avenue SW', 'Washington, DC 20250']),
        ('lines', ['Dear Secretary Whitmore:']),
        ('p', "The Committee is examining the staffing of the Food Safety and Inspection Service, whose inspectors must be present whenever livestock and poultry are slaughtered at federally inspected establishments. Establishment owners and inspectors' representatives have told the Committee that vacancies have left some inspectors responsible for as many as seven establishments spread across several hundred miles, and that some plants have reduced their operating hours because an inspector was not available."),
        ('p', "The Committee requests that you answer the following questions within thirty days of the date of this letter."),
        ('h', 'A. Vacancies'),
        ('items', [
            ('\u2022', "How many inspector positions were vacant in each district office at the end of each of the last three fiscal years?", 'Q'),
            ('\u2022', "What is the average time between the posting of an inspector vacancy and the new inspector's first day on the job?", 'Q'),
            ('\u2022', "How many inspectors left the agency in fiscal year 2024, and what reasons did they give in exit surveys?", 'Q'),
        ]),
        ('h', 'B. Coverage of Establishments'),
        ('items', [
            ('\u2022', "How many establishments were unable to operate for at least one scheduled shift in fiscal year 2024 because no inspector was available?", 'Q'),
            ('\u2022', "What criteria does the agency use to assign relief inspectors when the regular inspector is absent?", 'Q'),
        ]),
        ('h', 'C. Recruitment'),
        ('items', [
            ('\u2022', "Has the agency used special hiring authorities or recruitment incentives for inspector positions? If so, which ones, and with what results?", 'Q'),
            ('\u2022', "Does the agency plan to request additional funding for inspector positions in its fiscal year 2027 budget?", 'Q'),
        ]),
        ('p', "[[D:Please also provide the agency's most recent workforce plan for the inspection program and any internal analysis of the effect of vacancies on inspection coverage.]]"),
        ('p', "Thank you for your attention to this request. Please direct any questions to the Committee staff."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Franklin Osterhout', 'Chairman'], ['Yolanda Batiste', 'Ranking Member']]),
        ('lines', ['cc: The Honorable Peter Lindgren, Administrator, Food Safety and Inspection Service']),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e14-senators-utility-shutoffs-enclosure-no-page-numbers',
    title="Senators to an electric utility on power shutoffs; running headers without page numbers, uncited-separator footnotes, an enclosure of requests right after the signatures",
    date='2025-03-10', deadline='2025-03-31',
    notes="Running headers name the addressee and date but carry no page number; pages end with a form feed only. The body asks for a briefing on the company's response to the shutoffs (kind briefing_request, though it mentions a response and a date). 'Enclosure' is followed directly by the numbered requests.",
    style=dict(width=78, page_lines=40, seed=24, blank=True, list_blank=False, header=['Ms. Priya Ramaswamy', 'March 10, 2025'],
               footer=None, hyph=0.5, fn_sep=None),
    blocks=[
        SENATE,
        ('lines', ['March 10, 2025', '', 'Ms. Priya Ramaswamy', 'Chief Executive Officer', 'Sierra Crest Electric Company', '77 Beale Street', 'San Francisco, CA 94105']),
        ('lines', ['Dear Ms. Ramaswamy:']),
        ('p', "We write regarding the public safety power shutoffs that Sierra Crest Electric carried out during the windstorms of January, which left more than 400,000 customers without power for as long as six days. Customers who depend on electricity for oxygen concentrators, dialysis and refrigerated medication told our offices that they received no warning before their power was cut.{{fn:California Public Utilities Commission, Post-Event Report Summary, Sierra Crest Electric Company (Feb. 2025).}}"),
        ('p', "The company's own filings show that it notified fewer than half of the customers enrolled in its medical baseline program before de-energizing their lines. Several community resource centers that were supposed to provide charging and water opened hours after the shutoffs began, and two did not open at all."),
        ('p', "[[B:We request that company officials brief our staff on the company's response to the shutoffs and its plans for the coming fire season by March 31, 2025.]] Please also provide written answers to the enclosed questions and the documents listed in the enclosure by the same date."),
        ('p', "Thank you for your attention to this matter."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Marguerite Olsen', 'United States Senator'], ['Tobias Redhawk', 'United States Senator']]),
        ('lines', ['Enclosure']),
        ('items', [
            ('1.', "How many customers enrolled in the medical baseline program were de-energized during the January shutoffs, and how many of them received advance notice by telephone, text message or a visit?", 'Q'),
            ('2.', "At what time did each community resource center open, and how many customers used each one?", 'Q'),
            ('3.', "All internal communications concerning the decision to de-energize circuits serving hospitals or dialysis centers.", 'D'),
            ('4.', "The company's most recent wildfire mitigation plan and any updates filed since January 1, 2025.", 'D'),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e15-committee-fda-recommendations-incidents-urge-list',
    title="House committee to the FDA on drug shortages; a dated incident list under a positive-sounding intro, GAO recommendations the agency accepted, an urged list, and a rhetorical question",
    date='2025-11-03', deadline='2025-11-24',
    notes="The bulleted list of dated shortage events is background even though its intro mentions 'information'. The numbered GAO recommendations the agency accepted are background; the later list the letter urges the agency to take is kind other. 'How could ...' closing a background paragraph is rhetorical; the direct question to the agency ('Why has the agency not ...?') is an ask.",
    style=dict(width=80, page_lines=44, seed=25, blank=True, list_blank=False, header=['The Honorable Rebecca Lindholm', 'November 3, 2025', 'Page {page}'],
               footer='- {page} -', hyph=0.3),
    blocks=[
        ('center', ['Congress of the United States', 'House of Representatives', 'COMMITTEE ON ENERGY AND COMMERCE', 'Washington, DC 20515']),
        ('lines', ['November 3, 2025', '', 'The Honorable Rebecca Lindholm', 'Commissioner of Food and Drugs', 'U.S. Food and Drug Administration', '10903 New Hampshire Avenue', 'Silver Spring, MD 20993']),
        ('lines', ['Dear Commissioner Lindholm:']),
        ('p', "Shortages of sterile injectable drugs continue to disrupt care in hospitals across the country. Oncologists have delayed chemotherapy, and emergency departments have rationed basic medicines that cost only a few dollars a dose."),
        ('p', "Information the Committee has gathered from hospitals and manufacturers shows how quickly these shortages develop:"),
        ('items', [
            ('\u2022', "In March 2025, a quality failure at a single plant removed nearly half of the national supply of an injectable chemotherapy drug.", None),
            ('\u2022', "In June 2025, a tornado damaged a facility that produced most of the country's intravenous fluids.", None),
            ('\u2022', "In August 2025, two manufacturers of a common anesthetic discontinued the product within a month of each other.", None),
        ]),
        ('p', "Hospitals reported each of these problems to the agency weeks before the shortages were announced. Pharmacists in our districts told us they learned of them only when orders went unfilled. How could a shortage of this size go unannounced for so long?"),
        ('p', "In its 2024 report, the Government Accountability Office made three recommendations, which the agency accepted:"),
        ('items', [
            ('1.', "Require manufacturers to report the volume of each drug they produce.", None),
            ('2.', "Share early warnings of supply disruptions with hospital purchasers.", None),
            ('3.', "Evaluate the effect of its shortage prevention efforts each year.", None),
        ]),
        ('p', "[[Q:Why has the agency not yet required manufacturers to report production volumes, more than a year after it accepted that recommendation?]]"),
        ('p', "We urge you to take the following steps without further delay:"),
        ('items', [
            ('1.', "Publish a schedule for completing each of the recommendations the agency has accepted.", 'O'),
            ('2.', "Notify hospital pharmacies within forty-eight hours of receiving a report of a likely shortage.", 'O'),
        ]),
        ('p', "Please respond by November 24, 2025. Thank you for your attention to this matter."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Harrison Whitlock', 'Chairman'], ['Delphine Okoye', 'Ranking Member']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e16-senator-ftc-plain-text-no-indent-o-bullets',
    title="Senator to the FTC on data brokers; plain converter output with no indentation and no blank lines, 'o' sub-bullets, a semicolon inline enumeration",
    date='2025-05-05', deadline='2025-05-30',
    notes="No indentation and no blank lines anywhere. Item 2 is a question with 'o' sub-bullets (null labels). The prose paragraph enumerates (a)-(c) with semicolons, giving three entries, as in the project's other letters.",
    style=dict(width=82, jitter=2, page_lines=24, seed=26, blank=False, list_blank=False, hang=False, sub_indent=0,
               header=['Chair Benedict Okonjo', 'May 5, 2025', 'Page {page}'], footer='Page {page} of {pages}', hyph=0.4),
    blocks=[
        SENATE,
        ('lines', ['May 5, 2025', 'The Honorable Benedict Okonjo', 'Chair', 'Federal Trade Commission', '600 Pennsylvania Avenue NW', 'Washington, DC 20580', 'Dear Chair Okonjo:']),
        ('p', "I write regarding the sale of precise location data by data brokers. Reporters were recently able to buy, for a few hundred dollars, records showing the movements of thousands of people who visited reproductive health clinics, houses of worship and domestic violence shelters. The brokers involved claimed that the data were anonymized, yet the reporters identified individuals within hours."),
        ('p', "Please answer the following questions by May 30, 2025:"),
        ('items', [
            ('1.', "How many enforcement actions has the Commission brought against data brokers for the sale of location data since 2022, and what relief was obtained?", 'Q'),
            ('2.', "Does the Commission consider location data that can be linked to an individual to be sensitive information under its existing authority?", 'Q'),
            ('o', "If so, what practices does it consider unfair?", 'Q', None, 1),
            ('o', "If not, what additional authority would it need?", 'Q', None, 1),
            ('3.', "What resources does the Commission devote to monitoring the data broker industry?", 'Q'),
        ]),
        ('p', "In addition, please provide: [[D:(a) any staff reports on the data broker industry completed since 2022;]] [[D:(b) the Commission's list of data brokers registered under state law; and]] [[Q:(c) a description of any coordination with state attorneys general on location data.]]"),
        ('p', "Thank you for your attention to this important privacy matter."),
        ('lines', ['Sincerely,', 'Rosalind Ebersole', 'United States Senator']),
    ],
    questions=[
        {'label': '1', 'text': "How many enforcement actions has the Commission brought against data brokers for the sale of location data since 2022, and what relief was obtained?", 'kind': 'question'},
        {'label': '2', 'text': "Does the Commission consider location data that can be linked to an individual to be sensitive information under its existing authority?", 'kind': 'question'},
        {'label': None, 'text': "If so, what practices does it consider unfair?", 'kind': 'question'},
        {'label': None, 'text': "If not, what additional authority would it need?", 'kind': 'question'},
        {'label': '3', 'text': "What resources does the Commission devote to monitoring the data broker industry?", 'kind': 'question'},
        {'label': 'a', 'text': "any staff reports on the data broker industry completed since 2022;", 'kind': 'document_request'},
        {'label': 'b', 'text': "the Commission's list of data brokers registered under state law; and", 'kind': 'document_request'},
        {'label': 'c', 'text': "a description of any coordination with state attorneys general on location data.", 'kind': 'question'},
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e17-committee-bank-prose-asks-format-deadline-break',
    title="Senate committee to a bank holding company on overdraft fees; prose asks only, a response instruction, 'we would appreciate copies', deadline broken across a page after 'on'",
    date='2025-02-03', deadline='2025-02-28',
    notes="All asks are prose sentences. 'Please answer separately for each of the company's bank subsidiaries' is a response instruction. 'We would also appreciate copies of ...' is a document request. The deadline sentence breaks across the page: '... by close of business on' / header / 'Friday, February 28, 2025.'",
    style=dict(width=80, page_lines=40, seed=27, blank=True, header=['Mr. Lucas Brennan', 'February 3, 2025', 'Page {page}'], footer='- {page} -', hyph=0.3),
    blocks=[
        ('center', ['United States Senate', 'COMMITTEE ON BANKING, HOUSING, AND URBAN AFFAIRS', 'WASHINGTON, DC 20510-6075']),
        ('lines', ['February 3, 2025', '', 'Mr. Lucas Brennan', 'Chairman and Chief Executive Officer', 'Keystone Financial Group, Inc.', '1 Liberty Plaza', 'Pittsburgh, PA 15222']),
        ('lines', ['Dear Mr. Brennan:']),
        ('p', "The Committee is reviewing the overdraft and non-sufficient funds fees charged by large bank holding companies. Keystone Financial's public filings indicate that its banks collected more than $410 million in such fees last year, more than any other bank of comparable size. Consumer complaints describe customers charged several overdraft fees in a single day for purchases of a few dollars each."),
        ('p', "[[Q:How many customers of Keystone's banks paid more than ten overdraft fees in 2024, and what was the total amount those customers paid?]] [[D:Please provide the policies that determine the order in which the banks post debits and credits to customer accounts.]]"),
        ('p', "[[Q:Has Keystone analysed how its overdraft revenue would change if it stopped charging fees on transactions of less than $10? If so, what did that analysis show?]] Please answer separately for each of the company's bank subsidiaries."),
        ('p', "[[D:We would also appreciate copies of any presentations to the board of directors concerning overdraft revenue since 2022.]] [[B:Finally, we ask that Keystone make senior compliance officials available to brief Committee staff.]]"),
        ('raw', "Please provide your responses and the requested documents by close of business on"),
        ('pagebreak',),
        ('raw', "Friday, February 28, 2025. Thank you for your attention to this matter.\n"),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Cornelius Abernathy', 'Chairman'], ['Evangeline Moss', 'Ranking Member']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e18-committee-gao-audit-request-one-line-headers',
    title="Senate committee asking the Comptroller General for an audit; 'request an audit' intro, 'the extent to which' / 'how' topics, one-line running headers, a capitals footer",
    date='2025-09-22', deadline=None,
    notes="A request to GAO for an audit. The topics ('the extent to which ...', 'how ...', 'whether ...') are asks of kind other. The running header is one line with wide gaps ('The Honorable ...   Page 2'); each page also ends with 'PRINTED ON RECYCLED PAPER'. The list of GAO work the committee supports is background.",
    style=dict(width=80, page_lines=36, seed=28, blank=True, list_blank=True, header=['The Honorable Augustine Pell                                   Page {page}'],
               footer='PRINTED ON RECYCLED PAPER', hyph=0.4),
    blocks=[
        ('center', ['United States Senate', 'COMMITTEE ON VETERANS\' AFFAIRS', 'WASHINGTON, DC 20510-6375']),
        ('lines', ['September 22, 2025', '', 'The Honorable Augustine Pell', 'Comptroller General of the United States', 'U.S. Government Accountability Office', '441 G Street NW', 'Washington, DC 20548']),
        ('lines', ['Dear Mr. Pell:']),
        ('p', "The Department of Veterans Affairs is in the ninth year of its effort to replace the electronic health record system used at its medical centers. The program's estimated life-cycle cost has grown from $16 billion to more than $50 billion, and the new system has been deployed at only a handful of sites. Clinicians at those sites report that the system has contributed to lost orders, delayed prescriptions and patient safety events."),
        ('p', "We value the work GAO has already done on this program, and we support the recommendations from your recent reports, including those calling for the Department to:"),
        ('items', [
            ('\u2022', "develop an integrated master schedule for the remaining deployments;", None),
            ('\u2022', "establish performance measures for system availability; and", None),
            ('\u2022', "track and resolve the trouble tickets submitted by users.", None),
        ]),
        ('p', "We write to request an audit of the program's current status, including:"),
        ('items', [
            ('1.', "the extent to which the Department has implemented GAO's prior recommendations;", 'O'),
            ('2.', "how the Department estimated the cost of completing the remaining deployments, and whether that estimate follows GAO's best practices; and", 'O'),
            ('3.', "whether the Department's contract with the system vendor gives it adequate remedies when the system fails to meet performance standards.", 'O'),
        ]),
        ('p', "[[B:We would also appreciate a briefing for Committee staff on the audit's design before fieldwork begins.]] Thank you for your consideration of this request."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Winston Achterberg', 'Chairman'], ['Lorena Castellano', 'Ranking Member']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='e19-members-hhs-attachment-neutral-title-ligatures',
    title="House members to HHS on a grant program; attachment with a neutral title and mixed questions and document requests, PDF ligatures and soft hyphens",
    date='2025-12-01', deadline='2025-12-19',
    notes="The attachment's title says nothing about asks ('Community Health Worker Grants'); its bullets mix questions and noun-phrase document requests. The text layer uses ligatures ('of\ufb01ce') and soft hyphens at some line ends.",
    style=dict(width=78, page_lines=40, seed=29, blank=True, list_blank=False, header=['Secretary Ramona Whitfield', 'December 1, 2025', 'Page {page}'],
               footer='Page {page} of {pages}', hyph=0.6),
    postprocess='ligatures',
    blocks=[
        ('center', ['Congress of the United States', 'Washington, DC 20515']),
        ('lines', ['December 1, 2025', '', 'The Honorable Ramona Whitfield', 'Secretary of Health and Human Services', '200 Independence Avenue SW', 'Washington, DC 20201']),
        ('lines', ['Dear Secretary Whitfield:']),
        ('p', "We write regarding the Department's administration of the community health worker grant program, which funds outreach workers who help patients in underserved areas enroll in coverage, manage chronic conditions and keep medical appointments. Grantees in our districts report that reimbursement requests have gone unpaid for as long as five months, and that the program office has not responded to their inquiries."),
        ('p', "Several grantees have laid off staff or suspended services as a result. The attachment to this letter sets out our questions and the records we are requesting. Please provide your response by December 19, 2025."),
        ('p', "Thank you for your attention to this matter."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Josefina Marchetti', 'Member of Congress'], ['Reginald Ashcombe', 'Member of Congress']]),
        ('pagebreak',),
        ('lines', ['Attachment', '', 'Community Health Worker Grants']),
        ('items', [
            ('\u2022', "How many reimbursement requests from grantees were pending for more than sixty days as of November 1, 2025?", 'Q'),
            ('\u2022', "What caused the delays in payment, and when does the Department expect to clear the backlog?", 'Q'),
            ('\u2022', "The standard operating procedures the program office uses to review reimbursement requests.", 'D'),
            ('\u2022', "All communications with grantees concerning late payments since January 1, 2025.", 'D'),
        ]),
    ],
))
