"""Development letters (rendered by render.py into fixtures/dev3) for questions-for-the-record
documents, header deadline fields, briefing-versus-written dates, report recommendation and
statutory-duty lists, endnotes, attachment lead-ins with date ranges, answered rhetorical
questions, numbering that continues after an interruption and lettered parents with roman
sub-parts, with negative controls for each."""

SENATE = ('center', ['United States Senate', 'WASHINGTON, DC 20510'])
PLAIN = dict(width=100000, page_lines=100000, blank=False, formfeed=False, hang=False, sub_indent=0)

LETTERS = []

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m01-qfr-judiciary-continued-numbering',
    title="Questions for the record after a judiciary hearing; two senators' sections with numbering that continues, a background parent with a) b) sub-parts, a question plus 'Please explain'",
    date='2025-06-18', deadline='2025-07-02',
    notes="No salutation. 'Responses due:' field and a one-line instruction about numbering the answers. Items 5 and 6 give background, then ask. Item 7 is background only: 7(a), 7(b).",
    style=dict(width=80, page_lines=44, seed=71, blank=True, list_blank=True, footer='{page}', hyph=0.3),
    blocks=[
        ('center', ['Senate Committee on the Judiciary', 'Hearing on "Oversight of the U.S. Marshals Service"', 'June 10, 2025']),
        ('center', ['Questions for the Record for Director Anton Reyes']),
        ('lines', ['Responses due: July 2, 2025', 'Please number each answer to correspond to the question it answers.']),
        ('h', 'Questions from Senator Halvorsen'),
        ('items', [
            ('1.', "How many deputy U.S. marshal positions were vacant on June 1, 2025?", 'Q'),
            ('2.', "What is the average time between the start of a deputy's background investigation and the deputy's first day of duty?", 'Q'),
            ('3.', "Please provide the Service's current staffing model for district offices.", 'D'),
            ('4.', "Has the Service assessed the security of the courthouses that lack a permanent deputy presence? Please explain.", 'Q'),
        ]),
        ('h', 'Questions from Senator Ogunleye'),
        ('items', [
            ('5.', "At the hearing you testified that threats against federal judges more than doubled between 2021 and 2024. The Service's budget for protective details grew by less than ten percent over the same period. How has the Service decided which judges receive protective details?", 'Q'),
            ('6.', "Several districts in my state share a single threat investigator. Does the Service plan to assign a dedicated investigator to each district?", 'Q'),
            ('7.', "Judges have told my office that the home intrusion detection systems installed by the Service are often out of service for weeks.", None),
            ('a)', "How many home intrusion detection systems were reported out of service in fiscal year 2024?", 'Q', '7(a)', 1),
            ('b)', "What is the average time to repair a system after a failure is reported?", 'Q', '7(b)', 1),
            ('8.', "What would it cost to provide every active federal judge with a home intrusion detection system?", 'Q'),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m02-qfr-banking-plain-senator-name-headings',
    title="Questions for the record to a bank regulator, one paragraph per line; bare senator names as headings, numbering continuing, (a)(b) sub-parts, 'Responses due' with a weekday",
    date='2025-03-20', deadline='2025-04-04',
    notes="No salutation. The instruction line about the length of answers is not an ask. Numbering continues across three senators. Item 4 has its own question and sub-parts (4, 4(a), 4(b)); item 6 is background only (6(a), 6(b)).",
    style=dict(**PLAIN),
    blocks=[
        ('lines', ['Senate Committee on Banking, Housing, and Urban Affairs', 'Hearing: Oversight of Prudential Regulators', 'March 13, 2025', 'Questions for the Record for Comptroller Lucia Barros', 'Responses due: Friday, April 4, 2025', 'Answers should restate each question and should not exceed two pages per question.']),
        ('h', 'Chairman Whitley'),
        ('items', [
            ('1.', "How many national banks have been downgraded in their management rating since January 2023?", 'Q'),
            ('2.', "Does the Office intend to revise its guidance on commercial real estate concentrations this year? If so, when?", 'Q'),
        ]),
        ('h', 'Senator Marchetti'),
        ('items', [
            ('3.', "Community bankers in my state report that examinations now take twice as long as they did before 2020. What has caused the increase, and what is the Office doing to reduce the burden on small banks?", 'Q'),
            ('4.', "Has the Office studied the effect of its overdraft guidance on consumers?", 'Q'),
            ('(a)', "If so, please provide the study.", 'D', '4(a)', 1),
            ('(b)', "If not, will the Office commit to conducting one?", 'Q', '4(b)', 1),
        ]),
        ('h', 'Senator Dubois'),
        ('items', [
            ('5.', "Please describe the Office's process for approving bank mergers, including the average time from application to decision in 2024.", 'Q'),
            ('6.', "Last year the Office issued a policy statement on mergers that it later withdrew.", None),
            ('(a)', "Why was the policy statement withdrawn?", 'Q', '6(a)', 1),
            ('(b)', "What standard does the Office now apply to the competitive effects of a merger?", 'Q', '6(b)', 1),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m03-committee-nrc-briefing-date-then-documents-rhetorical',
    title="Committee to the NRC on a reactor license extension; a briefing by one date and documents by a later one, a rhetorical question answered in the next sentence",
    date='2025-09-02', deadline='2025-09-26',
    notes="The briefing is asked for by September 12; the answers and documents by September 26 (the deadline). 'What has the Commission done ...? Nothing.' is answered by the writers.",
    style=dict(width=80, page_lines=44, seed=73, blank=True, header=['The Honorable Rafael Okonjo', 'September 2, 2025', 'Page {page}'], footer='- {page} -', hyph=0.3),
    blocks=[
        ('center', ['United States Senate', 'COMMITTEE ON ENVIRONMENT AND PUBLIC WORKS', 'WASHINGTON, DC 20510-6175']),
        ('lines', ['September 2, 2025', '', 'The Honorable Rafael Okonjo', 'Chairman', 'U.S. Nuclear Regulatory Commission', '11555 Rockville Pike', 'Rockville, MD 20852']),
        ('lines', ['Dear Chairman Okonjo:']),
        ('p', "We write about the Commission's review of the application to extend the operating license of the Cedar Point Generating Station for an additional twenty years. Residents near the plant have raised concerns about the condition of the reactor's containment liner, which inspectors found to be corroded in 2022."),
        ('p', "What has the Commission done since then to confirm that the liner can safely last another twenty years? Nothing that the public can see. The inspection reports cited in the application have not been made public, and the Commission has declined requests for a local public meeting."),
        ('p', "[[B:We ask that Commission staff brief our offices on the status of the license review by September 12, 2025.]] We also ask that you answer the following questions and provide the requested documents no later than September 26, 2025."),
        ('items', [
            ('1.', "When does the Commission expect to complete its safety evaluation of the license extension?", 'Q'),
            ('2.', "What inspections of the containment liner has the Commission conducted or reviewed since 2022, and what did they find?", 'Q'),
            ('3.', "Please provide copies of all inspection reports concerning corrosion of the containment liner since January 1, 2022.", 'D'),
        ]),
        ('p', "Thank you for your attention to this request."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Cornelius Abernathy', 'Chairman'], ['Patricia Lindahl', 'Ranking Member']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m04-senators-hhs-report-recommends-gao-recommended',
    title="Senators to HHS on organ procurement; an inspector general report's recommendations ('recommends that the Department:') and GAO's earlier recommendations are background",
    date='2025-05-05', deadline='2025-05-30',
    notes="Two recommendation lists quoted from reports (one bulleted with a 'consider whether' item, one numbered) are background; the letter asks questions afterwards and urges one action.",
    style=dict(width=78, page_lines=46, seed=74, blank=True, list_blank=False, header=['Secretary Evelyn Dragomir', 'May 5, 2025', 'Page {page}'], footer='Page {page}', hyph=0.3),
    blocks=[
        SENATE,
        ('lines', ['May 5, 2025', '', 'The Honorable Evelyn Dragomir', 'Secretary', 'U.S. Department of Health and Human Services', '200 Independence Avenue SW', 'Washington, DC 20201']),
        ('lines', ['Dear Secretary Dragomir:']),
        ('p', "We write about the Department's oversight of organ procurement organizations. A report issued in March by the Department's Office of Inspector General found that several organizations pursued organ recovery from patients who showed signs of neurological function, and that the Department's monitoring did not detect these cases."),
        ('p', "The report recommends that the Department:"),
        ('items', [
            ('\u2022', "consider whether to require organ procurement organizations to report every case in which a recovery was stopped because a patient showed signs of life;", None),
            ('\u2022', "strengthen its review of organization performance data; and", None),
            ('\u2022', "issue guidance to hospitals on when a family may request a second clinical assessment.", None),
        ]),
        ('p', "These findings echo earlier work by the Government Accountability Office. In 2023, GAO recommended that the Administrator of the Health Resources and Services Administration:"),
        ('items', [
            ('1.', "develop performance measures for the organ procurement network contractor; and", None),
            ('2.', "document how complaints about organ procurement organizations are investigated.", None),
        ]),
        ('p', "We are encouraged that the Department has agreed with these recommendations. Please answer the following questions by May 30, 2025:"),
        ('items', [
            ('1.', "What steps has the Department taken to carry out each of the inspector general's recommendations?", 'Q'),
            ('2.', "Has the Department implemented GAO's 2023 recommendations? If not, why not?", 'Q'),
            ('3.', "How many complaints about organ procurement organizations did the Department receive in 2024, and how many led to corrective action?", 'Q'),
        ]),
        ('p', "[[O:We urge you to make the results of each organization's performance review public.]]"),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Margarethe Olsen', 'United States Senator'], ['Desmond Featherstone', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m05-senator-fema-statutory-duties-bullets',
    title="Senator to FEMA on the national flood insurance advocate; the statute's duties (a)-(d) introduced by 'it requires the Advocate to:' with U.S.C. citations are background",
    date='2025-08-19', deadline='2025-09-19',
    notes="The (a)-(d) duties list is background. The asks are bullets of questions and a document request in prose. Deadline is one month after the letter.",
    style=dict(**PLAIN),
    blocks=[
        ('lines', ['August 19, 2025', 'The Honorable Oona Castellanos', 'Administrator', 'Federal Emergency Management Agency', '500 C Street SW', 'Washington, DC 20472', 'Dear Administrator Castellanos:']),
        ('p', "I write about the Office of the Flood Insurance Advocate, which Congress created in 2014 to help policyholders understand and navigate the National Flood Insurance Program. The law establishing the office is specific. It requires the Advocate to:"),
        ('items', [
            ('(a)', "educate property owners and policyholders on individual flood risks, 42 U.S.C. \u00a7 4033(b)(1);", None),
            ('(b)', "assist policyholders and property owners to understand the procedural requirements related to appealing preliminary flood insurance rate maps, 42 U.S.C. \u00a7 4033(b)(2);", None),
            ('(c)', "coordinate outreach and education with local officials and community leaders, 42 U.S.C. \u00a7 4033(b)(3); and", None),
            ('(d)', "aid potential policyholders in obtaining and verifying accurate and reliable flood insurance rate information, 42 U.S.C. \u00a7 4033(b)(4).", None),
        ]),
        ('p', "Homeowners in my state who contacted the office this spring waited weeks for a reply, and some never received one. I would like to know how the agency is supporting the office:"),
        ('items', [
            ('\u2022', "How many staff does the Office of the Flood Insurance Advocate have today, and how many did it have in 2022?", 'Q'),
            ('\u2022', "How many inquiries did the office receive in fiscal year 2025, and what was the average time to respond?", 'Q'),
            ('\u2022', "Has the office's budget been reduced since 2022? If so, by how much?", 'Q'),
        ]),
        ('p', "[[D:Please also provide copies of the office's annual reports to Congress for 2023 and 2024.]] I request a response within one month of the date of this letter."),
        ('lines', ['Sincerely,', 'Bartholomew Njoku', 'United States Senator']),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m06-senators-nhtsa-endnotes-bare-numbers',
    title="Senators to NHTSA on driver-assistance crashes; endnotes after the signatures (bare numbers) citing articles whose titles are questions",
    date='2025-02-03', deadline='2025-02-24',
    notes="One paragraph per line. The endnotes are citations (author, title in quotes with a question mark and subtitle, publication, date, URL); not asks. The asks are numbered questions and a briefing request.",
    style=dict(**PLAIN),
    blocks=[
        ('lines', ['February 3, 2025', 'The Honorable Wendell Saito', 'Administrator', 'National Highway Traffic Safety Administration', '1200 New Jersey Avenue SE', 'Washington, DC 20590', 'Dear Administrator Saito:']),
        ('p', "We write about crashes involving vehicles operating with advanced driver-assistance systems engaged. Press reports describe vehicles that failed to detect stopped emergency vehicles and motorcycles, in some cases with fatal results.1 Safety researchers have questioned whether drivers understand the limits of these systems.2"),
        ('p', "Please answer the following questions by February 24, 2025:"),
        ('items', [
            ('1.', "How many crashes involving driver-assistance systems have manufacturers reported to the agency under its standing general order since 2021?", 'Q'),
            ('2.', "How many of those crashes involved a stopped emergency vehicle?", 'Q'),
            ('3.', "What is the status of the agency's investigation into systems that fail to detect motorcycles?", 'Q'),
        ]),
        ('p', "[[B:We also request a briefing for our staff on the agency's plans to set performance standards for these systems.]]"),
        ('lines', ['Sincerely,', 'Imelda Rasmussen', 'United States Senator', 'Caleb Whitford', 'United States Senator']),
        ('items', [
            ('1', "Daniel Okafor, \u201cWho Is Really Driving? Crashes Mount as Drivers Trust Automation,\u201d The Coastal Tribune, Nov. 4, 2024, https://www.coastaltribune.example/2024/11/04/driver-assist.", None),
            ('2', "Insurance Research Council, \u201cDo Drivers Know What Their Cars Can Do? A National Survey,\u201d Research Report 2024-07, Sept. 2024, https://www.insresearch.example/report-2024-07.", None),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m07-committee-airline-attachment-period-lead-in',
    title="House committee to an airline on refunds; the attachment after the signatures has a lead-in with 'for the period from ... to the present:' before a dash list of documents",
    date='2025-07-14', deadline='2025-08-04',
    notes="The body asks two questions and points to the attachment. In the attachment, the lead-in with a date range introduces '-' bullets of document requests; a closing instruction in the attachment is not an ask.",
    style=dict(width=80, page_lines=40, seed=77, blank=True, list_blank=False, header=['Mr. Jasper Holloway-Reed', 'July 14, 2025', 'Page {page}'], footer='- {page} -', hyph=0.3),
    blocks=[
        ('center', ['Congress of the United States', 'House of Representatives', 'COMMITTEE ON TRANSPORTATION AND INFRASTRUCTURE', 'Washington, DC 20515']),
        ('lines', ['July 14, 2025', '', 'Mr. Jasper Holloway-Reed', 'Chief Executive Officer', 'Meridian Skyways, Inc.', '1 Airport Plaza', 'Denver, CO 80249']),
        ('lines', ['Dear Mr. Holloway-Reed:']),
        ('p', "The Committee is reviewing complaints that Meridian Skyways has delayed or denied refunds to passengers whose flights were cancelled. Passengers report that the airline offered only travel credits, even when the rules of the Department of Transportation entitled them to a cash refund."),
        ('p', "Please answer the following questions and produce the documents described in the attachment by August 4, 2025."),
        ('items', [
            ('1.', "How many refund requests for cancelled flights did the airline receive in 2024, and how many were paid within the period required by federal rules?", 'Q'),
            ('2.', "Does the airline's website offer a cash refund option for cancelled flights? If not, why not?", 'Q'),
        ]),
        ('p', "Thank you for your prompt attention to this matter."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Augustina Pell', 'Chairwoman'], ['Rowan Castellano', 'Ranking Member']]),
        ('pagebreak',),
        ('lines', ['ATTACHMENT']),
        ('p', "In responding to this request, please produce the following documents for the period from January 1, 2023 to the present:"),
        ('items', [
            ('-', "All policies and scripts used by customer service agents when a passenger requests a refund for a cancelled flight.", 'D'),
            ('-', "All complaints concerning refunds that the airline received from the Department of Transportation.", 'D'),
            ('-', "All internal reports analysing the share of passengers who accepted travel credits instead of refunds.", 'D'),
        ]),
        ('p', "Documents should be produced in electronic form, organized by request."),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m08-senators-usda-lettered-parents-roman',
    title="Senators to USDA on a disaster program; lettered parents that only introduce roman sub-parts (A(i), B(ii)), and a lettered parent with its own question",
    date='2025-10-20', deadline='2025-11-10',
    notes="A. and B. introduce their sub-parts and are not asks; C. asks its own question and has sub-parts (C, C(i), C(ii)).",
    style=dict(width=78, page_lines=40, seed=78, blank=True, list_blank=False, header=['The Honorable Harlan Brightwater', 'October 20, 2025', 'Page {page}'], footer='{page}', hyph=0.3),
    blocks=[
        SENATE,
        ('lines', ['October 20, 2025', '', 'The Honorable Harlan Brightwater', 'Secretary', 'U.S. Department of Agriculture', '1400 Independence Avenue SW', 'Washington, DC 20250']),
        ('lines', ['Dear Secretary Brightwater:']),
        ('p', "We write about delays in payments under the Emergency Livestock Relief Program for producers who lost animals in last winter's blizzards. Producers in our states applied in the spring and many have yet to receive payment."),
        ('p', "We request answers to the following questions:"),
        ('items', [
            ('A.', "Concerning applications received under the program:", None),
            ('i.', "How many applications has the Department received, and how many have been paid?", 'Q', 'A(i)', 1),
            ('ii.', "What is the average time from application to payment?", 'Q', 'A(ii)', 1),
            ('B.', "Concerning county office staffing:", None),
            ('i.', "How many Farm Service Agency county offices in our states are operating with fewer staff than authorized?", 'Q', 'B(i)', 1),
            ('ii.', "Has the Department detailed staff from other offices to process these applications? If so, how many?", 'Q', 'B(ii)', 1),
            ('C.', "Will the Department extend the application period for the program?", 'Q'),
            ('i.', "If so, until what date?", 'Q', 'C(i)', 1),
            ('ii.', "If not, how will producers who missed the deadline be treated?", 'Q', 'C(ii)', 1),
        ]),
        ('p', "We ask that you respond no later than November 10, 2025."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Roswitha Karlsson', 'United States Senator'], ['Emmanuel Adebayo', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m09-senator-ssa-rhetorical-answered-across-paragraphs',
    title="Senator to SSA on field office closures; rhetorical questions answered by the writer (in the same and in the next paragraph), and real questions followed by context",
    date='2025-04-22', deadline='2025-05-13',
    notes="'Why does this matter?' closes a paragraph and the next opens 'Because ...': not an ask. 'Has the agency told the public which offices will close? It has not.' is answered. The question paragraph whose second sentence is context (not an answer) is an ask.",
    style=dict(width=80, page_lines=44, seed=79, blank=True, header=['Commissioner Adaeze Norquist', 'April 22, 2025', 'Page {page}'], footer='- {page} -', hyph=0.3),
    blocks=[
        SENATE,
        ('lines', ['April 22, 2025', '', 'The Honorable Adaeze Norquist', 'Commissioner', 'Social Security Administration', '6401 Security Boulevard', 'Baltimore, MD 21235']),
        ('lines', ['Dear Commissioner Norquist:']),
        ('p', "I write about the Social Security Administration's plan to close or consolidate field offices in rural counties of my state. Local officials learned of the plan from a posting on a federal property website rather than from the agency. Has the agency told the public which offices will close? It has not."),
        ('p', "For many older residents, the field office is the only place to get help with a benefit claim, a replacement card or an overpayment notice. Why does this matter?"),
        ('p', "Because the nearest remaining office would be more than ninety miles away for some of my constituents, and the agency's telephone service still leaves callers on hold for an hour or more."),
        ('p', "[[Q:Which field offices in my state does the agency plan to close or consolidate, and on what dates? I understand that the agency's regional office prepared a list of candidate offices in January.]]"),
        ('p', "[[Q:What analysis did the agency perform of travel times for the people each office serves?]] [[D:Please provide a copy of that analysis.]]"),
        ('p', "I ask that you respond by May 13, 2025."),
        ('lines', ['Sincerely,', '', '', 'Ferdinand Castillo-Burke', 'United States Senator']),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m10-committee-epa-numbering-continues-after-prose',
    title="Committee to EPA; numbered questions interrupted by a prose paragraph and continued (4, 5); a findings list before (background)",
    date='2025-12-01', deadline='2025-12-19',
    notes="Questions 1-3, then a paragraph of background, then questions 4 and 5 continuing the numbering (labels 4, 5). The numbered findings list at the top is background.",
    style=dict(width=80, page_lines=46, seed=80, blank=True, list_blank=False, header=['Administrator Lorenzo Vukovic', 'December 1, 2025', 'Page {page}'], footer='Page {page}', hyph=0.3),
    blocks=[
        ('center', ['Congress of the United States', 'House of Representatives', 'COMMITTEE ON ENERGY AND COMMERCE', 'Washington, DC 20515']),
        ('lines', ['December 1, 2025', '', 'The Honorable Lorenzo Vukovic', 'Administrator', 'U.S. Environmental Protection Agency', '1200 Pennsylvania Avenue NW', 'Washington, DC 20460']),
        ('lines', ['Dear Administrator Vukovic:']),
        ('p', "The Committee has reviewed the Agency's administration of grants to replace lead service lines. Committee staff found that:"),
        ('items', [
            ('1.', "Nearly 40 percent of the funds awarded in 2023 had not been spent by the end of 2024.", None),
            ('2.', "Several states reported replacing lines that were later found not to contain lead.", None),
        ]),
        ('p', "Please answer the following questions:"),
        ('items', [
            ('1.', "Why have so many of the 2023 grant funds not been spent?", 'Q'),
            ('2.', "How does the Agency verify that a replaced service line contained lead?", 'Q'),
            ('3.', "What technical assistance does the Agency provide to small water systems that lack an inventory of their service lines?", 'Q'),
        ]),
        ('p', "The Committee is also concerned about the Agency's plan to shift responsibility for inventory reviews to the states, many of which have told the Committee they lack the staff to take on the work."),
        ('items', [
            ('4.', "Which states have agreed to take on inventory reviews, and what funding will the Agency provide them?", 'Q'),
            ('5.', "Please provide the Agency's workload analysis supporting the shift.", 'D'),
        ]),
        ('p', "Please respond no later than December 19, 2025."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Lydia Fairbanks', 'Chair'], ['Oswaldo Quintero', 'Ranking Member']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m11-qfr-restarting-numbering-per-member',
    title="Questions for the record where each member's numbering restarts at 1; deadline in a transmittal paragraph",
    date='2025-10-08', deadline='2025-10-22',
    notes="No salutation; numbering restarts under each member's heading (labels 1, 2, 1, 2, 3). The format instruction is part of the transmittal paragraph and is not an ask.",
    style=dict(width=80, page_lines=46, seed=81, blank=True, list_blank=True, footer=None, hyph=0.2),
    blocks=[
        ('lines', ['SENATE COMMITTEE ON HEALTH, EDUCATION, LABOR, AND PENSIONS', 'Hearing: Protecting Workers from Extreme Heat', 'September 30, 2025']),
        ('lines', ['Questions for the Record for Assistant Secretary Marta Kowalczyk, Occupational Safety and Health Administration']),
        ('p', "Please provide responses to the Committee by October 22, 2025. Please repeat each question before your response."),
        ('h', 'Senator Ravensworth'),
        ('items', [
            ('1.', "When will the agency issue a final heat illness prevention standard?", 'Q'),
            ('2.', "How many heat-related inspections did the agency conduct under its national emphasis program in 2025?", 'Q'),
        ]),
        ('h', 'Senator Ibekwe'),
        ('items', [
            ('1.', "How many workers died of heat-related causes in 2024, according to the agency's data?", 'Q'),
            ('2.', "What guidance has the agency given employers about rest breaks during heat advisories?", 'Q'),
            ('3.', "Please provide the agency's regulatory impact analysis for the proposed heat standard.", 'D'),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m12-senators-treasury-documents-date-then-briefing',
    title="Senators to Treasury; documents asked for by one date and a briefing by a later one; 'we recommend that you:' list (the letter's own recommendations are asks)",
    date='2025-06-02', deadline='2025-06-16',
    notes="Documents by June 16 (the deadline), a briefing by June 30. The bulleted list after 'we recommend that you:' holds the letter's own asks (kind other). A report's statement of what the law requires is in prose.",
    style=dict(width=80, page_lines=44, seed=82, blank=True, list_blank=False, header=['Secretary Philippa Gaunt', 'June 2, 2025', 'Page {page}'], footer='- {page} -', hyph=0.3),
    blocks=[
        SENATE,
        ('lines', ['June 2, 2025', '', 'The Honorable Philippa Gaunt', 'Secretary of the Treasury', '1500 Pennsylvania Avenue NW', 'Washington, DC 20220']),
        ('lines', ['Dear Secretary Gaunt:']),
        ('p', "We write about the Department's implementation of the beneficial ownership reporting requirements of the Corporate Transparency Act. Small businesses in our states report confusion about whether they must file, and law enforcement agencies report that the database is not yet usable for investigations."),
        ('p', "[[D:Please provide, by June 16, 2025, all guidance the Financial Crimes Enforcement Network has issued to small businesses about the reporting requirement.]] [[B:We also request that Department officials brief our staff by June 30, 2025, on the timeline for giving law enforcement access to the database.]]"),
        ('p', "In addition, we recommend that you:"),
        ('items', [
            ('\u2022', "extend the filing deadline for businesses formed before 2024 by at least six months; and", 'O'),
            ('\u2022', "publish plain-language guidance in the languages most commonly spoken by small business owners.", 'O'),
        ]),
        ('p', "Thank you for your attention to these concerns."),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Cordelia Vance-Whitmore', 'United States Senator'], ['Ignatius Moreno', 'United States Senator']]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m13-qfr-two-line-headings-question-then-context',
    title="Questions for the record with a member's name and a topic on two heading lines, numbering continuing, and a 'Responses due:' field written in capitals",
    date='2025-11-14', deadline='2025-12-01',
    notes="No salutation. Two heading lines before item 3 (name, then topic). Item 4 is background only with sub-parts 4(a), 4(b), 4(c). The instruction about answering in a single document is not an ask.",
    style=dict(width=84, page_lines=50, seed=83, blank=True, list_blank=False, footer='Page {page} of {pages}', hyph=0.2),
    blocks=[
        ('lines', ['Senate Committee on Homeland Security and Governmental Affairs', 'Hearing: "Securing the Southern Border Ports of Entry"', 'November 6, 2025']),
        ('lines', ['Questions for the Record', 'Commissioner Rosalind Achebe', 'U.S. Customs and Border Protection']),
        ('lines', ['RESPONSES DUE: December 1, 2025', 'All responses should be submitted in a single document in the order the questions appear.']),
        ('h', 'Ranking Member Strand'),
        ('items', [
            ('1.', "How many port-of-entry officer positions were vacant on October 1, 2025?", 'Q'),
            ('2.', "What share of commercial vehicles crossing the southern border were scanned with large-scale imaging equipment in fiscal year 2025?", 'Q'),
        ]),
        ('lines', ['Senator Valdivia', 'Fentanyl Detection']),
        ('items', [
            ('3.', "The agency reported that most fentanyl seized at the border is found at ports of entry. How many additional scanners does the agency need to screen every commercial vehicle, and when will they be installed?", 'Q'),
            ('4.', "Agency officers in my state report that scanners are frequently out of service.", None),
            ('a.', "How many hours was each scanner at the ports in my state out of service in fiscal year 2025?", 'Q', '4(a)', 1),
            ('b.', "Who is responsible for maintaining the scanners?", 'Q', '4(b)', 1),
            ('c.', "Please provide the maintenance contract for the scanners.", 'D', '4(c)', 1),
        ]),
    ],
))

# ----------------------------------------------------------------------------------------
LETTERS.append(dict(
    id='m14-senators-dol-endnotes-notes-heading-statute-directs',
    title="Senators to the Labor Department; a statute's directions to the Secretary in a numbered list (background), a numbered questions list, and 'Notes' with bracketed citations",
    date='2025-03-03', deadline='2025-03-31',
    notes="The list introduced by 'the Act directs the Secretary to:' is background (lower-case verbs, U.S.C. citations). The notes after the signature cite a report whose title is a question.",
    style=dict(width=80, page_lines=46, seed=84, blank=True, list_blank=False, header=['The Honorable Gideon Farrow', 'March 3, 2025', 'Page {page}'], footer='Page {page}', hyph=0.3),
    blocks=[
        SENATE,
        ('lines', ['March 3, 2025', '', 'The Honorable Gideon Farrow', 'Secretary', 'U.S. Department of Labor', '200 Constitution Avenue NW', 'Washington, DC 20210']),
        ('lines', ['Dear Secretary Farrow:']),
        ('p', "We write about the Department's enforcement of child labor laws in meatpacking and food processing plants. Investigations over the past two years found children as young as thirteen cleaning dangerous equipment on overnight shifts.[1]"),
        ('p', "The Fair Labor Standards Act gives the Department clear responsibilities. Among them, the Act directs the Secretary to:"),
        ('items', [
            ('1.', "investigate and gather data regarding the wages, hours and other conditions of employment, 29 U.S.C. \u00a7 211(a);", None),
            ('2.', "issue orders declaring occupations particularly hazardous for minors, 29 U.S.C. \u00a7 203(l); and", None),
            ('3.', "assess civil money penalties for child labor violations, 29 U.S.C. \u00a7 216(e).", None),
        ]),
        ('p', "Please answer the following questions by March 31, 2025:"),
        ('items', [
            ('1.', "How many child labor investigations did the Wage and Hour Division open in fiscal year 2024, and how many involved food processing?", 'Q'),
            ('2.', "What is the largest civil money penalty the Department has assessed for a child labor violation since 2022?", 'Q'),
            ('3.', "Has the Department asked Congress to raise the statutory maximum penalties? If not, why not?", 'Q'),
        ]),
        ('lines', ['Sincerely,', '']),
        ('sig2', [['Winifred Oyelaran', 'United States Senator'], ['Lachlan Montgomery', 'United States Senator']]),
        ('h', 'Notes'),
        ('lines', [
            "[1] Rachel Obi, \u201cWho Cleans the Kill Floor? Children on the Night Shift,\u201d The Heartland Courier, Aug. 9, 2024,",
            "https://www.heartlandcourier.example/2024/08/09/night-shift.",
        ]),
    ],
))
