"""Held-out letters (rendered by render.py into fixtures/heldout3). Written before the code changes
for questions-for-the-record documents, header deadlines, briefing-versus-written dates, report
recommendation and statutory-duty lists, endnotes, attachment lead-ins with date ranges, answered
rhetorical questions and lettered parents with roman sub-parts. Not used for tuning."""

SENATE = ('center', ['United States Senate', 'WASHINGTON, DC 20510'])
# One paragraph per line, as press releases and web pages give letters.
PLAIN = dict(width=100000, page_lines=100000, blank=False, formfeed=False, hang=False, sub_indent=0)

LETTERS = []

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k01-qfr-commerce-eas-continued-numbering',
    title="Questions for the record after an aviation subcommittee hearing; three members' sections with numbering that continues across the name headings",
    date='2025-03-05', deadline='2025-03-19',
    notes="No salutation. Header block with a 'Responses due:' field and a one-line instruction on the format of answers (not an ask). Numbering continues 1-3, 4-6, 7-8 across the members' names. Item 5 is background only; its sub-parts are 5(a), 5(b). Item 3 is a question plus 'Please explain.' (one entry). Items 1, 4 and 8 give background before the question (one entry each).",
    style=dict(width=82, page_lines=46, seed=51, blank=True, list_blank=True, footer='Page {page} of {pages}', footer_first=True, hyph=0.2),
    blocks=[
        ('center', ['U.S. Senate Committee on Commerce, Science, and Transportation', 'Subcommittee on Aviation and Space']),
        ('center', ['Hearing: "Keeping Small Airports Connected: The Future of Essential Air Service"', 'February 26, 2025']),
        ('center', ['Questions for the Record', 'The Honorable Dana Whitfield', 'Assistant Secretary for Aviation and International Affairs', 'U.S. Department of Transportation']),
        ('lines', ['Responses due: March 19, 2025', 'Please restate each question in full, followed by your answer.']),
        ('h', 'Chair Morales'),
        ('items', [
            ('1.', "The Essential Air Service program supports scheduled flights to more than 170 communities that would otherwise have none. Several carriers serving the program have cited pilot shortages when suspending routes. How many Essential Air Service communities went without scheduled service for more than 30 days in 2024?", 'Q'),
            ('2.', "What is the Department doing to shorten the time it takes to select a replacement carrier after an incumbent files a notice to end service?", 'Q'),
            ('3.', "Has the Department evaluated whether the per-passenger subsidy cap should be adjusted for inflation? Please explain.", 'Q'),
        ]),
        ('h', 'Senator Pruitt'),
        ('items', [
            ('4.', "In your testimony you stated that the Department would publish updated guidance on alternate service options by this summer. When will the guidance be released, and will communities have an opportunity to comment before it takes effect?", 'Q'),
            ('5.', "Some communities in my state have asked to convert their subsidy into a grant that would let them contract directly with a charter operator.", None),
            ('a)', "How many communities have applied for such a conversion since 2020, and how many applications were approved?", 'Q', '5(a)', 1),
            ('b)', "What statutory changes, if any, would allow the Department to approve conversions more quickly?", 'Q', '5(b)', 1),
            ('6.', "Does the Department track on-time performance separately for Essential Air Service routes? If not, please explain why not.", 'Q'),
        ]),
        ('h', 'Senator Okafor'),
        ('items', [
            ('7.', "Please provide the Department's most recent analysis of the effect of pilot experience requirements on regional carriers that serve small communities.", 'D'),
            ('8.', "The Government Accountability Office has reported that the Department's data on passenger boardings at subsidized airports are often more than a year out of date. What steps is the Department taking to collect boardings data more promptly?", 'Q'),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k02-qfr-energy-forest-service-topic-headings',
    title="Questions for the record to the Forest Service; members' headings followed by topic headings, numbering continuing, (a)/(b) sub-parts, a deadline field and an instruction in the header",
    date='2025-04-18', deadline='2025-05-09',
    notes="No salutation. 'Response Deadline:' header field; the line about where to put answers is an instruction, not an ask. Numbering continues across 'Questions from ...' headings and topic headings. Item 3 is background only; its sub-parts are 3(a), 3(b).",
    style=dict(width=80, page_lines=44, seed=52, blank=True, list_blank=False, header=['Chief Ramona Ellis', 'Page {page}'], footer=None, hyph=0.3),
    blocks=[
        ('lines', ['COMMITTEE ON ENERGY AND NATURAL RESOURCES', 'UNITED STATES SENATE']),
        ('lines', ['Full Committee Hearing to Examine the Forest Service Budget Request for Fiscal Year 2026', 'April 10, 2025']),
        ('lines', ['Questions for the Record Submitted to Chief Ramona Ellis']),
        ('lines', ['Response Deadline: Friday, May 9, 2025', 'Please provide answers in a Word document, with each answer directly below the question it responds to.']),
        ('h', 'Questions from Chairman Lindgren'),
        ('items', [
            ('1.', "The Forest Service reports that it treated roughly four million acres for hazardous fuels in fiscal year 2024. How many of those acres were within the wildland-urban interface, and how does the agency verify the acreage that regions report?", 'Q'),
            ('2.', "How many permanent firefighter positions were vacant at the start of the 2025 fire season, broken down by region?", 'Q'),
        ]),
        ('h', 'Questions from Ranking Member Beaulieu'),
        ('h', 'Prescribed Fire'),
        ('items', [
            ('3.', "Prescribed burns on national forest land in my state have been postponed repeatedly because of staffing shortages.", None),
            ('(a)', "How many planned prescribed burns were postponed or cancelled in fiscal year 2024, and for what reasons?", 'Q', '3(a)', 1),
            ('(b)', "Does the agency plan to hire additional burn bosses before the spring burn window? If so, how many?", 'Q', '3(b)', 1),
        ]),
        ('h', 'Recreation Permits'),
        ('items', [
            ('4.', "Outfitters and guides continue to report waits of more than a year for new special use permits. What is the current backlog of permit applications, and what is the agency's target for processing a complete application?", 'Q'),
            ('5.', "Please provide a list of the ranger districts that have stopped accepting new permit applications, with the date on which each district stopped.", 'D'),
        ]),
        ('h', 'Questions from Senator Cho'),
        ('items', [
            ('6.', "Will the agency commit to completing the environmental review for the Silver Creek vegetation project this year? Please explain any obstacles to meeting that goal.", 'Q'),
            ('7.', "What share of the agency's fiscal year 2025 hazardous fuels funding has been obligated to date?", 'Q'),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k03-committee-fra-blocked-crossings-briefing-then-written-date',
    title="House committee to the FRA on blocked rail crossings; a briefing date, then a later date for written answers and documents; a rhetorical question answered in the next sentence",
    date='2025-05-23', deadline='2025-06-20',
    notes="The briefing is requested by June 6; written answers and documents by June 20. The deadline is the date for the written response. The question 'Who bears the cost ...?' is answered by the writers in the next sentence (background).",
    style=dict(width=80, page_lines=46, seed=53, blank=True, header=['The Honorable Marguerite Dunleavy', 'May 23, 2025', 'Page {page}'], footer='- {page} -', hyph=0.3),
    blocks=[
        ('center', ['Congress of the United States', 'House of Representatives', 'COMMITTEE ON TRANSPORTATION AND INFRASTRUCTURE', 'Washington, DC 20515']),
        ('lines', ['May 23, 2025', '', 'The Honorable Marguerite Dunleavy', 'Administrator', 'Federal Railroad Administration', '1200 New Jersey Avenue SE', 'Washington, DC 20590']),
        ('lines', ['Dear Administrator Dunleavy:']),
        ('p', "We write about the growing number of public grade crossings that are blocked for long periods by stopped freight trains. Since the Federal Railroad Administration opened its public reporting portal, the public has submitted tens of thousands of reports of crossings blocked for an hour or more, many of them near schools and hospitals."),
        ('p', "Who bears the cost when a train blocks a crossing for hours? Too often it is a child who cannot get to school, or an ambulance crew forced to take a detour of several miles. Longer trains have made the problem worse, because a single train can now block several crossings in the same town at once."),
        ('p', "[[B:We request that FRA officials brief Committee staff on the agency's response to blocked crossings no later than June 6, 2025.]] In addition, please provide written responses to the following questions and produce the documents requested below by June 20, 2025."),
        ('items', [
            ('1.', "How many blocked crossing reports has the agency received through its portal in each year since it opened, and how many of those reports described a crossing blocked for more than two hours?", 'Q'),
            ('2.', "What does the agency do with the reports it receives, and has any report led to an enforcement action?", 'Q'),
            ('3.', "Does the agency have authority to limit the length of freight trains or the time a train may block a crossing? If not, what authority would it need?", 'Q'),
            ('4.', "All analyses prepared by or for the agency since January 1, 2023, of the relationship between train length and blocked crossings.", 'D'),
            ('5.', "All correspondence between the agency and Class I railroads concerning blocked crossings in the communities identified in the enclosed map.", 'D'),
        ]),
        ('p', "Thank you for your attention to this matter. If you have any questions, please contact the Committee staff at (202) 225-9446."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Howard Kessler', 'Chairman'], ['Lucinda Ferrante', 'Ranking Member']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k04-senator-va-oig-report-recommends-list',
    title="Senator to the VA on an inspector general report; the report's recommendations introduced by 'The report recommends that the Under Secretary for Health:' are background",
    date='2025-10-15', deadline='2025-11-14',
    notes="The bulleted recommendations quoted from the report (including one beginning 'consider whether') are background: the letter only commends the Department for accepting them. The numbered questions, a document request in prose and an urge are the asks. Deadline within 30 days of the letter.",
    style=dict(**PLAIN),
    blocks=[
        ('lines', ['October 15, 2025', 'The Honorable Gregory Aldana', 'Secretary', 'U.S. Department of Veterans Affairs', '810 Vermont Avenue NW', 'Washington, DC 20420', 'Dear Secretary Aldana:']),
        ('p', "I write regarding the September 2025 report of the Department's Office of Inspector General on wait times for community care appointments at the Northern Plains Health Care System. The inspector general found that nearly a third of the veterans referred for community care waited more than 30 days for a first appointment, and that schedulers routinely recorded the date a veteran accepted an appointment rather than the date the veteran first asked for care."),
        ('p', "The report recommends that the Under Secretary for Health:"),
        ('items', [
            ('\u2022', "consider whether the scheduling standard operating procedure should require schedulers to record the date on which a veteran first requested care;", None),
            ('\u2022', "develop a plan to recruit additional community providers in the counties with the longest waits; and", None),
            ('\u2022', "establish a monthly review of referrals that have not been scheduled within 20 days.", None),
        ]),
        ('p', "I commend the Department for concurring with each of these recommendations. To understand how the Department will carry them out, please answer the following questions:"),
        ('items', [
            ('1.', "When does the Department expect to complete the corrective actions for each recommendation?", 'Q'),
            ('2.', "How many community care referrals at the Northern Plains system were waiting to be scheduled on October 1, 2025?", 'Q'),
            ('3.', "Has the Department found similar recording errors at other health care systems? If so, which ones?", 'Q'),
        ]),
        ('p', "[[D:Please also provide a copy of the action plan the Department submitted to the inspector general in response to the report.]] [[O:Finally, I urge you to apply the corrected scheduling procedure nationwide rather than only at the Northern Plains system.]]"),
        ('p', "I ask that you respond within 30 days of the date of this letter. Thank you for your attention to this matter and for your service to our nation's veterans."),
        ('lines', ['Sincerely,', 'Rosalind Haverford', 'United States Senator']),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k05-senators-cfpb-statutory-duties-lettered-roman',
    title="Senators to the CFPB on its financial education office; the statute's duties listed (a)-(d) with U.S.C. citations are background; lettered parents with roman sub-parts",
    date='2025-07-28', deadline='2025-08-15',
    notes="The (a)-(d) list of the office's duties under the statute (lower-case verbs, U.S.C. citations) is background. A. and B. only introduce their roman sub-parts, labelled A(i), A(ii), B(i), B(ii). C is an ask of its own.",
    style=dict(width=78, page_lines=42, seed=55, blank=True, list_blank=False, header=['Director Leonard Ashby', 'July 28, 2025', 'Page {page}'], footer='{page}', hyph=0.3),
    blocks=[
        SENATE,
        ('lines', ['July 28, 2025', '', 'The Honorable Leonard Ashby', 'Director', 'Consumer Financial Protection Bureau', '1700 G Street NW', 'Washington, DC 20552']),
        ('lines', ['Dear Director Ashby:']),
        ('p', "We write with concern about reports that the Consumer Financial Protection Bureau has reassigned most of the staff of its Office of Financial Education and ended several of the Office's programs for young adults and older Americans."),
        ('p', "Congress created the Office of Financial Education to help consumers make informed decisions about credit, savings and retirement. Among other things, the statute requires the Office to:"),
        ('items', [
            ('(a)', "develop and implement initiatives intended to educate and empower consumers to make better informed financial decisions, 12 U.S.C. \u00a7 5493(d)(1);", None),
            ('(b)', "develop and implement a strategy to improve the financial literacy of consumers, 12 U.S.C. \u00a7 5493(d)(2);", None),
            ('(c)', "provide opportunities for consumers to access financial counseling and information about saving and borrowing, 12 U.S.C. \u00a7 5493(d)(2)(A)-(B); and", None),
            ('(d)', "coordinate its work with the Financial Literacy and Education Commission, 12 U.S.C. \u00a7 5493(d)(3).", None),
        ]),
        ('p', "The Bureau cannot meet these obligations without staff. Please answer the following questions:"),
        ('items', [
            ('A.', "Regarding the staffing of the Office of Financial Education:", None),
            ('i.', "How many full-time employees were assigned to the Office on January 1, 2025, and how many are assigned today?", 'Q', 'A(i)', 1),
            ('ii.', "Where were the reassigned employees placed, and who approved each reassignment?", 'Q', 'A(ii)', 1),
            ('B.', "Regarding the programs the Office has ended or suspended since January 2025:", None),
            ('i.', "Which programs were ended or suspended, and on what date?", 'Q', 'B(i)', 1),
            ('ii.', "Did the Bureau assess how ending each program would affect its ability to carry out the duties listed above? If so, please provide that assessment.", 'Q', 'B(ii)', 1),
            ('C.', "Please describe how the Bureau intends to carry out its statutory financial education duties for the remainder of fiscal year 2025.", 'Q'),
        ]),
        ('p', "We request your response no later than August 15, 2025. Thank you for your prompt attention to this request."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Miriam Castellane', 'United States Senator'], ['Theodore Wainwright', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k06-senator-ftc-subscriptions-endnotes-question-titles',
    title="Senator to the FTC on subscription cancellations; endnotes after the signature whose cited titles contain question marks",
    date='2025-02-20', deadline='2025-03-14',
    notes="One paragraph per line. The endnotes after the signature cite articles whose titles are questions ('Why Is It So Hard to Cancel? ...'); they are not asks. The asks are bullets of questions and a document request in prose.",
    style=dict(**PLAIN),
    blocks=[
        ('lines', ['February 20, 2025', 'The Honorable Celia Marchetti', 'Chair', 'Federal Trade Commission', '600 Pennsylvania Avenue NW', 'Washington, DC 20580', 'Dear Chair Marchetti:']),
        ('p', "I write about the persistent difficulty consumers face when they try to cancel subscriptions they signed up for online. Consumers in my state describe being routed through several screens of offers, being told they must call a telephone line that is open only during business hours, and being charged for months after they believed they had cancelled.1"),
        ('p', "Complaints about cancellation have grown each year, and the Commission's own data show that subscription complaints are among the fastest growing categories it receives.2 Consumer advocates have asked whether the Commission's enforcement tools are keeping pace with these practices.3"),
        ('p', "To help me understand the Commission's work in this area, please answer the following questions:"),
        ('items', [
            ('\u2022', "How many complaints about subscription cancellations did the Commission receive in each of the last three years?", 'Q'),
            ('\u2022', "How many enforcement actions involving cancellation practices has the Commission brought since 2022, and what relief did consumers receive?", 'Q'),
            ('\u2022', "What steps is the Commission taking to address cancellation practices now that the negative option rule has been vacated in part?", 'Q'),
        ]),
        ('p', "[[D:Please also provide any staff reports or studies the Commission has prepared since 2022 on online cancellation practices.]] I request your response by March 14, 2025."),
        ('lines', ['Sincerely,', 'Abigail Thornbury', 'United States Senator']),
        ('lines', ['Endnotes']),
        ('items', [
            ('1', "Maya Lindqvist, \u201cWhy Is It So Hard to Cancel? Inside the Subscription Trap,\u201d The Midwest Ledger, Jan. 12, 2025, https://www.midwestledger.example/2025/01/12/cancel-subscriptions.", None),
            ('2', "Federal Trade Commission, Consumer Sentinel Network Data Book 2024 (Feb. 2025), https://www.ftc.gov/reports/consumer-sentinel-data-book-2024.", None),
            ('3', "Consumer Advocacy Alliance, \u201cIs Anyone Enforcing the Rules? Subscription Traps After the Court Ruling,\u201d Policy Brief No. 14, Nov. 2024, https://www.consumeradvocacy.example/brief-14.", None),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k07-committee-pbm-attachment-period-lead-in',
    title="House committee to a pharmacy benefit manager; questions in the body; an attachment after the signatures whose lead-in to a dash list of document requests gives a date range",
    date='2025-09-10', deadline='2025-10-01',
    notes="The attachment follows the signatures on a new page. Its lead-in 'Please produce the following documents for the period from January 1, 2022, to the present:' introduces '-' bullets that are each a document request.",
    style=dict(width=80, page_lines=44, seed=57, blank=True, list_blank=False, header=['Mr. Anselm Whitcroft', 'September 10, 2025', 'Page {page}'], footer='Page {page} of {pages}', hyph=0.2),
    blocks=[
        ('center', ['Congress of the United States', 'House of Representatives', 'COMMITTEE ON OVERSIGHT AND GOVERNMENT REFORM', '2157 Rayburn House Office Building', 'Washington, DC 20515']),
        ('lines', ['September 10, 2025', '', 'Mr. Anselm Whitcroft', 'Chief Executive Officer', 'Keystone Pharmacy Solutions, LLC', '3000 Market Street', 'Philadelphia, PA 19104']),
        ('lines', ['Dear Mr. Whitcroft:']),
        ('p', "The Committee is examining how pharmacy benefit managers set reimbursement rates for independent pharmacies. Pharmacists in rural communities have told the Committee that reimbursements from Keystone Pharmacy Solutions for common generic drugs fell below their acquisition cost during 2024, while the prices charged to plan sponsors for the same drugs rose."),
        ('p', "To assist the Committee, please answer the following questions and produce the documents listed in the attachment to this letter by October 1, 2025."),
        ('items', [
            ('1.', "How does Keystone determine the maximum allowable cost it pays pharmacies for a generic drug, and how often are those amounts updated?", 'Q'),
            ('2.', "For each year since 2022, what was the difference between the total amount Keystone charged plan sponsors and the total amount it paid pharmacies?", 'Q'),
            ('3.', "Does Keystone reimburse pharmacies it owns at higher rates than independent pharmacies for the same drug? If so, why?", 'Q'),
        ]),
        ('p', "If you have any questions about this request, please contact the Committee staff at (202) 225-5074. Thank you for your prompt attention to this matter."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Warren Applegate', 'Chairman'], ['Yolanda Breckenridge', 'Ranking Member']]),
        ('pagebreak',),
        ('lines', ['Attachment', '', 'Document Requests']),
        ('p', "Please produce the following documents for the period from January 1, 2022, to the present:"),
        ('items', [
            ('-', "All policies and procedures used to set maximum allowable cost amounts for generic drugs.", 'D'),
            ('-', "All contracts between Keystone and the ten plan sponsors with the largest number of covered lives.", 'D'),
            ('-', "All communications with independent pharmacies or their associations concerning reimbursement appeals.", 'D'),
            ('-', "Documents sufficient to show the reimbursement rates paid to Keystone-owned pharmacies and to independent pharmacies for the 50 most frequently dispensed generic drugs.", 'D'),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k08-senators-education-fafsa-lettered-roman-rhetorical',
    title="Senators to the Education Department on student aid processing errors; lettered parents that introduce roman sub-parts, a lettered leaf ask, rhetorical questions answered by the writers",
    date='2025-04-07', deadline='2025-04-28',
    notes="A. and B. only introduce their sub-parts (A(i), A(ii), B(i)-B(iii)); C is its own ask. In the background, 'What did the Department do ...? Very little.' and 'Why does this matter?' followed by 'Because ...' are answered by the writers: not asks.",
    style=dict(width=80, page_lines=40, seed=58, blank=True, list_blank=False, header=['The Honorable Francesca Molloy', 'April 7, 2025', 'Page {page}'], footer='- {page} -', hyph=0.3),
    blocks=[
        SENATE,
        ('lines', ['April 7, 2025', '', 'The Honorable Francesca Molloy', 'Secretary', 'U.S. Department of Education', '400 Maryland Avenue SW', 'Washington, DC 20202']),
        ('lines', ['Dear Secretary Molloy:']),
        ('p', "We write about errors in the processing of the Free Application for Federal Student Aid that delayed financial aid offers for hundreds of thousands of students this spring. In March, the Department disclosed that a formula error had miscalculated the expected family contribution for students whose parents did not file a tax return."),
        ('p', "What did the Department do once the error was discovered? Very little, at first. Colleges were not told for almost three weeks, and many had already sent aid offers based on the wrong figures."),
        ('p', "Why does this matter? Because a student who receives an aid offer in late May has almost no time to compare schools before deposits are due, and many will simply give up on college."),
        ('p', "Please respond to the following questions by April 28, 2025:"),
        ('items', [
            ('A.', "With respect to the formula error disclosed in March:", None),
            ('i.', "When did Department staff or contractors first learn of the error, and when was the Secretary informed?", 'Q', 'A(i)', 1),
            ('ii.', "How many applications were affected, and how many corrected records have been sent to schools?", 'Q', 'A(ii)', 1),
            ('B.', "For students whose aid offers were delayed:", None),
            ('i.', "Will the Department ask schools to extend their deposit deadlines?", 'Q', 'B(i)', 1),
            ('ii.', "What guidance has the Department given schools on revising aid offers that were based on incorrect figures?", 'Q', 'B(ii)', 1),
            ('iii.', "How will students be notified that their eligibility has changed?", 'Q', 'B(iii)', 1),
            ('C.', "Please provide the contract modifications, and any corrective action plans, issued to the contractor responsible for the processing system since October 2024.", 'D'),
        ]),
        ('p', "Thank you for your attention to this urgent matter."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Nathaniel Oyelowo', 'United States Senator'], ['Genevieve Harcourt', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k09-qfr-house-veterans-parent-background-first-after-heading',
    title="Questions for the record from a House subcommittee; the first item after a member's heading is a background parent with lettered sub-parts; numbering continues",
    date='2025-06-12', deadline='2025-07-03',
    notes="No salutation; one paragraph per line. The deadline is given in a transmittal sentence above the questions. Numbering continues across 'Questions from Representative ...' headings. Item 4, the first after the second heading, is background only; its sub-parts are 4(a), 4(b).",
    style=dict(**PLAIN),
    blocks=[
        ('lines', ['House Committee on Veterans\u2019 Affairs', 'Subcommittee on Health', 'Oversight Hearing: Staffing Shortages at VA Medical Centers', 'June 4, 2025', 'Questions for the Record for Dr. Imogen Tate, Acting Under Secretary for Health']),
        ('p', "The Subcommittee requests that written responses to the following questions be submitted no later than July 3, 2025."),
        ('h', 'Questions from Chairwoman Delacroix'),
        ('items', [
            ('1.', "How many physician and nurse vacancies did the Veterans Health Administration report at the end of each quarter of fiscal year 2025?", 'Q'),
            ('2.', "Which medical centers have closed inpatient beds because of staffing shortages since October 2024? For each, please state how many beds were closed.", 'Q'),
            ('3.', "The hiring freeze announced in January exempted some clinical positions but not others. What criteria were used to decide which positions were exempt?", 'Q'),
        ]),
        ('h', 'Questions from Representative Albright'),
        ('items', [
            ('4.', "The medical center in my district has lost half of its mental health providers over the past year.", None),
            ('a.', "What recruitment and retention incentives has the Department offered to mental health providers at that center?", 'Q', '4(a)', 1),
            ('b.', "How many veterans from the center have been referred to community providers for mental health care as a result?", 'Q', '4(b)', 1),
            ('5.', "Please provide the most recent staffing model the Department uses to determine the number of mental health providers each medical center needs.", 'D'),
        ]),
        ('h', 'Questions from Representative Nwachukwu'),
        ('items', [
            ('6.', "Does the Department plan to use its direct-hire authority for medical support assistants in fiscal year 2026? Please explain.", 'Q'),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k10-senators-railroad-ntsb-recommended-briefing-written',
    title="Senators to a freight railroad after a derailment; the safety board's recommendations the railroad accepted are background; a meeting date and a later written-response date",
    date='2025-08-04', deadline='2025-08-29',
    notes="The (1)-(3) list of what the safety board recommended the railroad do is background (the letter welcomes its acceptance). The railroad is asked to meet with staff by August 15 and to answer in writing by August 29; the deadline is the written one. 'Is that acceptable? It is not.' is answered by the writers.",
    style=dict(width=82, jitter=2, page_lines=44, seed=60, blank=True, list_blank=False, header=['Ms. Corinne Vasquez-Hale', 'August 4, 2025', 'Page {page}'], footer='- {page} -', hyph=0.3),
    blocks=[
        SENATE,
        ('lines', ['August 4, 2025', '', 'Ms. Corinne Vasquez-Hale', 'President and Chief Executive Officer', 'Great Lakes & Western Railway Company', '400 Lakeshore Drive', 'Chicago, IL 60611']),
        ('lines', ['Dear Ms. Vasquez-Hale:']),
        ('p', "We write regarding the derailment of a Great Lakes & Western freight train carrying vinyl chloride near Millbrook last October, which forced the evacuation of more than 2,000 residents for five days. The National Transportation Safety Board's final report concluded that an overheated wheel bearing went undetected because the railroad had increased the spacing between its trackside detectors."),
        ('p', "In its final report, the Board recommended that the railroad:"),
        ('items', [
            ('(1)', "reduce the maximum spacing between wayside bearing detectors on routes used by trains carrying hazardous materials;", None),
            ('(2)', "revise its alarm thresholds so that crews are instructed to stop a train before a bearing reaches a critical temperature; and", None),
            ('(3)', "provide local emergency responders with real-time information about the hazardous materials carried on each train.", None),
        ]),
        ('p', "We welcome the railroad's acceptance of these recommendations. But eight months after the derailment, residents of Millbrook still do not know when the new detectors will be installed. Is that acceptable? It is not."),
        ('p', "[[B:We ask that railroad representatives meet with our staff by August 15, 2025, to discuss the railroad's implementation schedule.]] Please also provide written answers to the following questions no later than August 29, 2025."),
        ('items', [
            ('1.', "On which routes has the railroad reduced the spacing between bearing detectors since the derailment, and what is the current maximum spacing on each?", 'Q'),
            ('2.', "What alarm thresholds does the railroad now use, and how were they chosen?", 'Q'),
            ('3.', "How many local emergency response agencies along the railroad's hazardous materials routes have access to real-time train consist information?", 'Q'),
        ]),
        ('p', "Thank you for your attention to the safety of the communities your trains pass through."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Leonora Achterberg', 'United States Senator'], ['Marcus Feld', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k11-senator-faa-repair-stations-statute-directs-notes',
    title="Senator to the FAA on foreign repair stations; the statute's directions to the Administrator (numbered, with U.S.C. citations) are background; numbered notes at the end with a question in a cited title",
    date='2025-11-03', deadline='2025-12-05',
    notes="The numbered list introduced by 'the statute directs the Administrator to:' is background. The questions are a second numbered list. The 'Notes' after the signature are citations (one title ends in a question mark and has a subtitle); not asks.",
    style=dict(width=80, page_lines=46, seed=61, blank=True, list_blank=False, header=['The Honorable Benedict Armitage', 'November 3, 2025', 'Page {page}'], footer='Page {page}', hyph=0.3),
    blocks=[
        SENATE,
        ('lines', ['November 3, 2025', '', 'The Honorable Benedict Armitage', 'Administrator', 'Federal Aviation Administration', '800 Independence Avenue SW', 'Washington, DC 20591']),
        ('lines', ['Dear Administrator Armitage:']),
        ('p', "I write about the Federal Aviation Administration's oversight of foreign repair stations that perform maintenance on aircraft operated by U.S. airlines. Nearly a decade after Congress acted, the Department of Transportation's Inspector General continues to find that the agency cannot say how often these stations are inspected.[1]"),
        ('p', "Congress has been clear about what it expects. Among other requirements, the statute directs the Administrator to:"),
        ('items', [
            ('1.', "ensure that each certificated foreign repair station is inspected at least once each year, 49 U.S.C. \u00a7 44733(a);", None),
            ('2.', "require drug and alcohol testing of safety-sensitive employees of foreign repair stations, 49 U.S.C. \u00a7 44733(d); and", None),
            ('3.', "establish and maintain a risk-based oversight system for repair stations, 49 U.S.C. \u00a7 44733(b).", None),
        ]),
        ('p', "A recent audit found that the agency has not finalized the drug and alcohol testing rule that Congress required.[2] Please answer the following questions:"),
        ('items', [
            ('1.', "How many foreign repair stations held FAA certificates on October 1, 2025, and how many were inspected by agency personnel during fiscal year 2025?", 'Q'),
            ('2.', "When will the agency issue a final rule on drug and alcohol testing at foreign repair stations?", 'Q'),
            ('3.', "How does the agency's risk-based oversight system decide which foreign repair stations to inspect first?", 'Q'),
            ('4.', "Please provide a list of the foreign repair stations whose certificates were suspended or revoked since 2020, with the reason for each action.", 'D'),
        ]),
        ('p', "I would appreciate your response by December 5, 2025."),
        ('lines', ['Sincerely,', '', '', 'Evangeline Moreau', 'United States Senator']),
        ('h', 'Notes'),
        ('lines', [
            "[1] Office of Inspector General, U.S. Department of Transportation, \u201cIs FAA Oversight of Foreign Repair",
            "Stations Risk-Based? Progress Since 2016,\u201d Report No. AV2025004, Mar. 18, 2025,",
            "https://www.oig.dot.gov/library-item/av2025004.",
            "[2] Government Accountability Office, Aviation Safety: FAA Should Finish Drug Testing Rules for",
            "Foreign Repair Stations, GAO-25-105512 (Sept. 2025).",
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='k12-members-usda-snap-many-signers-quoted-question-dated-asks',
    title="Bipartisan members to USDA on SNAP benefit theft; a quoted question in the background, a briefing date then a later date for documents, many signatories",
    date='2025-01-27', deadline='2025-02-21',
    notes="One paragraph per line. A quoted question ('How do I feed my kids this week?') is background. The briefing is asked for by February 7 and the documents by February 21; the deadline is the documents date. Signature block with many members.",
    style=dict(**PLAIN),
    blocks=[
        ('lines', ['January 27, 2025', 'The Honorable Clarissa Denholm', 'Secretary', 'U.S. Department of Agriculture', '1400 Independence Avenue SW', 'Washington, DC 20250', 'Dear Secretary Denholm:']),
        ('p', "We write about the theft of Supplemental Nutrition Assistance Program benefits through card skimming, which has drained the accounts of thousands of families in our states. One mother told our offices that her entire monthly benefit disappeared two days after it was deposited, and asked, \u201cHow do I feed my kids this week?\u201d"),
        ('p', "Congress authorized states to replace stolen benefits through September 2024, but that authority has expired, and most states have not yet moved to chip cards that are harder to copy."),
        ('p', "[[B:We request a briefing for our staff by February 7, 2025, on the Department's plans to help states adopt chip-enabled cards.]] [[D:We also ask that you provide, by February 21, 2025, the Department's data on the number and value of stolen benefits replaced in each state since October 2022.]]"),
        ('p', "[[Q:Does the Department believe it has authority to reimburse states for replacing stolen benefits without new legislation? If not, what legislative changes would it recommend?]]"),
        ('p', "Thank you for your attention to this matter."),
        ('lines', ['Sincerely,', 'Harriet Solberg', 'Member of Congress', 'Desmond Achterberg', 'Member of Congress', 'Priyanka Venkataraman', 'Member of Congress', 'Calloway Briggs', 'Member of Congress', 'Ines Marchand', 'Member of Congress', 'Thaddeus Okonkwo', 'Member of Congress']),
    ],
))
