/* gen_phrases.c — the fragment tables behind gen_corpus: a few hundred phrases in the register
 * of machine-translated readouts (see samples/), so generated prose varies sentence by sentence
 * instead of repeating one paragraph. Slots (%V, %S...) are listed in gen_phrases.h.
 * Pure data. */
#include "gen_phrases.h"

#define LIST(name, ...)                                                                   \
	static const char *const name##_v[] = {__VA_ARGS__};                                  \
	const phrase_list name = {name##_v, sizeof name##_v / sizeof *name##_v}

LIST(ph_adverbs, "deeply", "fully", "firmly", "resolutely", "earnestly", "solidly", "continuously",
     "vigorously", "comprehensively", "conscientiously", "effectively", "actively", "steadily",
     "accurately", "further", "strictly", "truly", "consciously", "persistently", "unswervingly",
     "constantly", "thoroughly", "systematically", "practically", "closely", "strongly", "quickly",
     "always", "more consciously", "in depth", "in an all-round way", "with high standards",
     "step by step", "in a down-to-earth manner", "without slackening", "at all times");

LIST(ph_verbs, "understand", "grasp", "implement", "promote", "strengthen", "improve", "advance",
     "safeguard", "uphold", "study", "publicize", "carry out", "deepen", "consolidate", "expand",
     "build", "enhance", "optimize", "ensure", "accelerate", "foster", "cultivate", "guard against",
     "prevent and resolve", "coordinate", "integrate", "serve", "support", "focus on", "adhere to",
     "give full play to", "make good use of", "take the lead in", "keep in mind", "shoulder",
     "fulfill", "tackle", "deploy", "plan", "summarize", "launch", "organize", "put into practice",
     "carry forward", "stabilize", "refine", "upgrade", "push forward", "inspire", "rely on",
     "stick to", "benchmark against", "anchor", "lay a solid foundation for", "open up a new situation in");

LIST(ph_objects, "the spirit of %C", "the rich connotation and practical requirements of %C",
     "the world outlook and methodology of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era",
     "the great significance of the past five years of work and the ten years of great changes in the new era",
     "the high-quality development of %S", "the construction of a modern socialist country in an all-round way",
     "the great rejuvenation of the Chinese nation", "the Party's innovative theory",
     "the political responsibility of managing the Party", "the main responsibility for %S",
     "the bottom line of safety", "the prevention and control of major risks", "the reform of %S",
     "the overall situation of reform, development and stability", "the new development philosophy",
     "the people-centered development philosophy", "the construction of a clean and honest government",
     "the work style of cadres", "the spirit of the eight central regulations", "the grassroots Party organizations",
     "the leadership of the Party over %S", "the ability to perform duties", "the quality of %S",
     "the modernization of the governance system and governance capacity", "the investigation and resolution of potential risks",
     "the sustained and stable recovery of the economy", "the scheduling of economic operations",
     "the employment of key groups", "the achievements of poverty alleviation", "the supply and price of important livelihood commodities",
     "the basic life of urban and rural people in difficulty", "the health management of people returning from key areas",
     "the construction of the cadre team", "the training of young cadres", "the political and organizational functions of Party organizations",
     "the standard of good cadres in the new era", "the strategy of strengthening the %L with talents",
     "the upsurge of learning, publicizing and implementing", "news publicity and thematic reports",
     "a good atmosphere of public opinion", "the mission and task of the new era", "the original aspiration and founding mission",
     "the authority and centralized and unified leadership of the Party Central Committee", "the work of %S",
     "the key tasks for %Z", "the various tasks set at the beginning of the year", "the annual targets and tasks",
     "the integration of urban and rural development", "the protection of the ecological environment",
     "the battle of pollution prevention and control", "the construction of a beautiful %P", "the revitalization of %P",
     "the advantages of %P in science and education, industry and location", "the business environment",
     "the modern industrial system", "the scientific and technological innovation system", "the digital transformation of %S",
     "the supply-side structural reform", "the expansion of domestic demand", "the recovery of consumption",
     "the stable growth of foreign trade and foreign investment", "major projects and key enterprises",
     "the comprehensive and strict governance of the Party", "upright conduct and discipline", "the fight against corruption",
     "the supervision of the exercise of power", "the rectification of problems found by inspection",
     "the sense of mission and responsibility", "the political judgment, political comprehension and political execution",
     "the theoretical level of Marxism", "the sense of hardship", "the fighting spirit", "the people's livelihood",
     "the people's sense of gain, happiness and security", "the stability of the overall social situation",
     "the prevention and control of social security", "the safety of people's lives and property",
     "the implementation of the river and lake chief system", "the food security responsibility system",
     "the rural revitalization strategy", "the coordinated development of the region", "the opening up to the outside world",
     "the construction of a law-based government", "the reform of the administrative approval system",
     "the reform of state-owned enterprises", "the development of the private economy", "the financial risks of local governments",
     "the quality of education and teaching", "the public health system", "the cultural confidence",
     "the core socialist values", "the ideological work", "the united front work", "the work related to ethnic affairs",
     "the cause of %S", "the tasks of reform and development", "the deployment of the Party Central Committee",
     "the decisions and arrangements of the %A Party Committee", "the implementation of every task",
     "the last kilometer of serving the masses", "the hearts of the people", "the grassroots front line",
     "the spirit of struggle", "the work of the new era", "the responsibility of the first person responsible");

LIST(ph_sectors, "national security work", "organizational work", "propaganda and ideological work",
     "discipline inspection and supervision", "political and legal work", "economic work", "rural revitalization",
     "ecological civilization", "the digital economy", "the private economy", "the manufacturing industry",
     "education", "science and technology", "culture and tourism", "public health", "emergency management",
     "market supervision", "natural resources", "water conservancy", "transportation", "housing and urban-rural development",
     "human resources and social security", "civil affairs", "veterans affairs", "finance", "taxation",
     "statistics", "audit", "the cryptographic cause", "grassroots governance", "Party building",
     "work safety", "flood control and drought relief", "epidemic prevention and control", "foreign trade",
     "state-owned assets", "agriculture and rural affairs", "the judicial system", "the procuratorate",
     "petitions", "the trade union", "the Communist Youth League", "the women's federation");

LIST(ph_purposes, "so as to provide a strong guarantee for %S",
     "and make new and greater contributions to building a modern socialist country in an all-round way",
     "so as to be well-known and deeply rooted in the hearts of the people",
     "and strive to write a new chapter in the comprehensive construction of socialist modernization in %P",
     "and ensure that the decisions and arrangements of the Party Central Committee take root",
     "so that the spirit of %C can be conveyed to every branch and every Party member",
     "and transform the learning results into a powerful force for promoting %S",
     "and continuously open up a new situation in %S", "so as to achieve new results in %S",
     "and create a good political ecology", "and hand over a satisfactory answer sheet to the people",
     "and celebrate the victory of %C with excellent results", "and lay a solid foundation for %Z",
     "so that the people can have a stronger sense of gain", "and forge ahead with determination and courage",
     "and demonstrate loyalty and responsibility with practical results", "and strive to be at the forefront of the country",
     "so as to contribute %P's strength to the great rejuvenation of the Chinese nation",
     "and make every effort to sprint the annual targets and tasks", "and promote the implementation of the spirit of %C in %P",
     "so as to bloom and bear fruit", "and build a loyal, clean and responsible cadre team");

LIST(ph_contexts, "in the new era", "on the new journey", "at present and in the future", "for the current and future period",
     "in the new era and on the new journey", "at a critical moment", "at the decisive stage", "in the whole %L",
     "in all aspects and throughout the whole process", "at all levels", "in accordance with the actual situation",
     "from the height of politics", "with a high sense of political responsibility", "in the face of complex situations",
     "under the strong leadership of the Party Central Committee with Comrade Xi Jinping at its core",
     "under the scientific guidance of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era");

LIST(ph_groups, "all departments at all levels in the %L", "Party organizations at all levels",
     "leading cadres at all levels", "the majority of Party members and cadres", "we", "all units",
     "the leading bodies at all levels", "Party committees (Party groups) at all levels",
     "the discipline inspection and supervision organs", "the theoretical study center groups at all levels",
     "the main leading comrades", "all localities and departments", "the %A Party Committee",
     "the broad masses of cadres and workers", "the organization system of the %L", "all Party members",
     "the leading cadres present", "every department");

LIST(ph_modals, "must", "should", "should always", "need to", "must always", "should further",
     "must continue to", "are required to", "must resolutely", "should conscientiously");

LIST(ph_topics, "%C", "studying, publicizing and implementing the spirit of %C",
     "the report of %C", "upholding the Party's overall leadership", "high-quality development",
     "the \"two establishments\"", "the comprehensive and strict governance of the Party",
     "Chinese-style modernization", "the work of %S", "self-revolution", "the people's livelihood",
     "the first plenary session of the new Central Committee", "the theme of the conference",
     "the decisions and arrangements made by %C", "the new leadership of the Central Committee",
     "the election results", "this year's work", "the current economic situation", "the central inspection",
     "the theme education", "the construction of the Party's work style and clean government",
     "the important speech of %X", "safeguarding national security", "the work of the past year");

LIST(ph_predicates, "the primary political task at present and in the future",
     "a very important meeting held at a critical moment when the whole Party and the people of all ethnic groups are embarking on a new journey",
     "a political manifesto of raising the flag and a theoretical masterpiece of upholding integrity and innovation",
     "the fundamental guarantee for the sustained and healthy development of %S",
     "a program of action that seeks truth and is pragmatic",
     "the political declaration and action program of the Party",
     "the greatest certainty to overcome all difficulties and obstacles",
     "the decisive factor for the Party and the country to achieve historic achievements",
     "an important manifestation of having the \"greatest country\" in mind",
     "the spiritual pillar of %S in the new era", "the core of %S",
     "an important magic weapon for forging an iron army", "related to the future and destiny of socialism with Chinese characteristics",
     "of great political, theoretical, strategic and practical significance",
     "a strong guarantee for %S", "the general tone of %S", "the focus of effectively preventing and resolving risks",
     "a milestone in the history of the Party", "the source of living water for %S",
     "a systematic project that requires long-term efforts", "the common aspiration of hundreds of millions of people",
     "the key to doing a good job in %S", "a major political task");

LIST(ph_openers, "The meeting pointed out that", "The meeting emphasized that", "The meeting stressed that",
     "The meeting required that", "The meeting demanded that", "The meeting held that", "It was pointed out at the meeting that",
     "It was emphasized at the meeting that", "%N emphasized that", "%N pointed out that", "%N stressed that",
     "In his speech, %N pointed out that", "%N demanded that", "%N required that", "The participants agreed that",
     "It is believed that", "The meeting noted that", "%N noted that",
     "Everyone unanimously expressed that", "The comrades present agreed that");

LIST(ph_clauses, "%G %M %W", "%G %M %W, %R", "it is necessary to %W", "it is necessary to %W %T",
     "%D is %E", "%D is %E, and %G %M %W", "%G %M %V and %V %T", "%G %M %V %T, %R",
     "%G %M firmly support the %F and resolutely achieve the %F",
     "%G %M deeply comprehend the decisive significance of the %F, %R",
     "%G %M keep in mind the %F, %W", "we must %W and %V", "%G %M adhere to the %F, %V and %V",
     "%D is related to the overall situation of %S, and %G %M %V");

LIST(ph_imperatives, "It is necessary to %W.", "We must %W.", "%G %M %W.", "It is necessary to %V %T.",
     "We must %V, %V, and %V.", "Efforts should be made to %W, %R.", "It is required to %W.",
     "We should %V and %V, %R.", "Attention should be paid to %O and %O.",
     "It is necessary to do a good job in %S, %V and %V.", "It is necessary to carry out the implementation %T, %W.");

/* Short machine-translation fragments the samples are full of. */
LIST(ph_fragments, "Bloom and bear fruit.", "To master the learning.", "To innovate forms to grasp publicity.",
     "To be fully implemented.", "Guidance and assurance role.", "Powerful call.", "And the people handed over a new excellent answer sheet.",
     "Win the future.", "Consciousness and firmness.", "Execution ability.", "Maximum confidence, maximum guarantee.",
     "General Assembly.", "Into an irreversible historical process.");

LIST(ph_meeting_types, "a meeting of leading cadres", "an enlarged meeting", "a (enlarged) meeting of the Theory Center Group",
     "an enlarged meeting of the Standing Committee", "a special seminar", "a report meeting", "a video and telephone conference",
     "a symposium", "a work conference", "a plenary session", "a Party group meeting", "a collective study session",
     "a centralized rotation training class", "a mobilization and deployment meeting", "a democratic life meeting",
     "a special study session", "a promotion meeting", "a theoretical study center group meeting",
     "an executive meeting", "a Standing Committee meeting", "a training course for leading cadres",
     "a lecture report meeting", "a discussion meeting", "a forum");

LIST(ph_meeting_purposes, "to convey and study the spirit of %C", "to convey, study and implement the spirit of %C",
     "to study and implement the spirit of the important speech delivered by %X during his inspection in %P",
     "to convey the spirit of the Central Economic Work Conference and deploy the economic work for %Z",
     "to summarize the work of %Y and deploy the key tasks for %Z", "to study and deploy %S",
     "to hear a report on %S", "to convey and study the spirit of the %K",
     "to carry out the theme education on studying and implementing Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era",
     "to study the feedback of the central inspection team and deploy rectification work",
     "to study the important instructions of %X on %S", "to arrange and deploy the study, publicity and implementation work of the %L",
     "to collectively study the report of %C", "to promote the high-quality development of %S",
     "to deploy the work of preventing the epidemic, stabilizing the economy and developing safely");

LIST(ph_formulation_verbs, "firmly support the", "resolutely achieve the", "deeply understand the decisive significance of the",
     "keep in mind the", "grasp the", "fully implement the", "adhere to the", "earnestly achieve the",
     "pay attention to the", "strengthen the", "practice the", "unify thinking around the");

/* Used when data/formulations.tsv is absent: forms seen in the samples and the genre. */
LIST(ph_formulations_fallback, "two establishments", "two maintenances", "two safeguards", "four consciousnesses",
     "four confidences", "four always", "three musts", "six must adhere to", "five major security",
     "Eighth Eighth Strategy", "nine profound understandings", "seven focuses", "four requirements", "two combinations",
     "two upholds", "four comprehensives", "five-sphere integrated plan", "four-pronged comprehensive strategy",
     "three stricts and three earnests", "double responsibility", "eight revitalization", "six Longjiang",
     "two to establish", "two to maintain", "three rural issues", "six stabilities", "six guarantees");

LIST(ph_numbered_items, "keep the right political direction", "keep in mind the glorious mission entrusted by history",
     "maintain a state of energetic spirit", "give play to the leading role of Party building",
     "adhere to the people first", "adhere to self-confidence and self-reliance", "adhere to integrity and innovation",
     "adhere to problem orientation", "adhere to the systematic concept", "adhere to a global vision",
     "safeguard the authority of the Central Committee", "never forget the original intention",
     "serve the overall situation", "strengthen the sense of responsibility", "improve the ability of struggle",
     "keep close ties with the masses");

LIST(ph_closings, "The meeting was held in the form of a video teleconference.",
     "Sub-venues were set up in various districts and counties.",
     "The meeting adopted a combination of online and offline methods.",
     "Responsible comrades from various %A departments and units attended the meeting at the main venue.",
     "This special seminar lasted for %B days, and the main leading cadres at the %A level participated.",
     "The training class lasted for %B days.", "More than %B hundred people attended the meeting.",
     "The meeting was broadcast live to the sub-venues at the county level.",
     "The meeting also studied other matters.", "The meeting also heard a report on %S.");

LIST(ph_departments, "Education", "Finance", "Natural Resources", "Ecology and Environment", "Transportation",
     "Agriculture and Rural Affairs", "Commerce", "Culture and Tourism", "Civil Affairs", "Justice",
     "Human Resources and Social Security", "Housing and Urban-Rural Development", "Water Resources",
     "Emergency Management", "Science and Technology", "Industry and Information Technology", "Public Security",
     "Veterans Affairs", "Health", "Market Supervision");

/* name|head|deputy: the host and its leading posts. */
LIST(ph_ministries, "Ministry of National Security|Minister|Vice Minister", "Ministry of Education|Minister|Vice Minister",
     "Ministry of Ecology and Environment|Minister|Vice Minister", "Ministry of Water Resources|Minister|Vice Minister",
     "Ministry of Natural Resources|Minister|Vice Minister", "Ministry of Commerce|Minister|Vice Minister",
     "Ministry of Civil Affairs|Minister|Vice Minister", "Ministry of Justice|Minister|Vice Minister",
     "Ministry of Transport|Minister|Vice Minister", "Ministry of Finance|Minister|Vice Minister",
     "Ministry of Emergency Management|Minister|Vice Minister", "Ministry of Science and Technology|Minister|Vice Minister",
     "Ministry of Agriculture and Rural Affairs|Minister|Vice Minister", "Ministry of Veterans Affairs|Minister|Vice Minister",
     "State Encryption Administration|Director|Deputy Director", "National Health Commission|Director|Deputy Director",
     "National Development and Reform Commission|Director|Deputy Director",
     "State Administration for Market Regulation|Director|Deputy Director", "National Bureau of Statistics|Director|Deputy Director",
     "State Forestry and Grassland Administration|Director|Deputy Director", "General Administration of Customs|Director|Deputy Director",
     "National Audit Office|Auditor General|Deputy Auditor General", "State Taxation Administration|Commissioner|Deputy Commissioner");

LIST(ph_newspapers, "Daily", "Evening News", "News Network", "Radio and Television Station", "Government Network", "Release");

LIST(ph_number_words, "two", "three", "four", "five", "six", "seven", "eight", "nine");

LIST(ph_ordinals, "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh");

LIST(ph_attendee_groups, "members of the leading group", "members of the Party Committee",
     "members of the Commission for Discipline Inspection", "heads of the departments directly under the %A government",
     "bureau level cadres", "main responsible comrades of the districts and counties", "old comrades",
     "representatives of %C", "principal responsible comrades of various units", "division-level cadres");

/* Frequent surnames, drawn more often than the long alphabetical tail of data/surnames.tsv. */
LIST(ph_common_surnames, "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
     "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng",
     "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Yu", "Jiang", "Cai", "Du", "Ye", "Cheng",
     "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Fu", "Shi", "Cui", "Qin");

/* Syllables frequent in given names; the rest of data/pinyin.tsv is drawn now and then. */
LIST(ph_name_syllables, "jian", "guo", "ming", "hua", "hai", "wei", "jun", "ping", "hong", "jie", "li", "yong",
     "qiang", "bin", "feng", "dong", "xin", "zhi", "chun", "lin", "gang", "tao", "bo", "yu", "xiao", "wen", "jing",
     "hui", "yan", "qing", "sheng", "liang", "long", "zhong", "de", "rong", "fang", "hao", "kai", "lei", "peng",
     "yi", "xue", "shan", "zhen", "mei", "ying", "cheng", "jiang", "chang", "kang", "an", "xiang", "yang", "hong",
     "quan", "shu", "min", "er", "ning", "rui", "tian", "song", "jin", "fei", "zhao", "qiu", "yuan", "shi", "wu");

/* A territorial cast, most senior first: provincial-level hosts use all, cities the first 13,
 * counties and districts the first 8. */
LIST(ph_local_roles, "Secretary of the $U Party Committee", "Deputy Secretary of the $U Party Committee and $G",
     "Director of the Standing Committee of the $U People's Congress", "Chairman of the $U CPPCC",
     "Deputy Secretary of the $U Party Committee",
     "Member of the Standing Committee of the $U Party Committee and Secretary of the $U Commission for Discipline Inspection",
     "Member of the Standing Committee of the $U Party Committee and Minister of the Organization Department", "$V",
     "Member of the Standing Committee of the $U Party Committee and Minister of the Propaganda Department",
     "Member of the Standing Committee of the $U Party Committee and Secretary of the Political and Legal Affairs Commission",
     "Member of the Standing Committee of the $U Party Committee and Executive $V",
     "Member of the Standing Committee of the $U Party Committee and Secretary-General", "$V",
     "Member of the Standing Committee of the $U Party Committee and Minister of the United Front Work Department");

LIST(ph_ministry_roles, "Secretary of the Party Group and $H of the $M", "Member of the Party Group and $D of the $M",
     "Member of the Party Group and $D",
     "Leader of the Discipline Inspection and Supervision Group of the Central Commission for Discipline Inspection and the National Supervisory Commission stationed in the $M",
     "Member of the Party Group and $D", "Director of the General Office of the $M");

LIST(ph_local_hosts, "the $U Party Committee", "the $U Party Committee", "the Standing Committee of the $U Party Committee",
     "the Organization Department of the $U Party Committee", "the Propaganda Department of the $U Party Committee",
     "the $U People's Government", "the Party Group of the Standing Committee of the $U People's Congress",
     "the $U Commission for Discipline Inspection", "the Party School of the $U Party Committee",
     "the Party Group of the $U CPPCC", "the Party Group of the $U $B of $E",
     "the Political and Legal Affairs Commission of the $U Party Committee");

LIST(ph_ministry_hosts, "the Party Group of the $M", "the $M", "the Party Committee of the $M");

LIST(ph_slogans, "Comprehensive study and implementation of the spirit of %C",
     "Write a new chapter in %P with new responsibilities and new actions",
     "Unite and struggle to build a modern socialist %L", "Forge ahead on the new journey and make contributions in the new era",
     "Promote the spirit of %C to take root in %P", "Gather the powerful force of unity and struggle");
