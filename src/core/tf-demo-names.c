/* tf-demo-names.c — the word lists demo data is built from
 *
 * Names are the common Danish ones of the young people's and their parents'
 * generations (most common first; pickers favour the front of a list), and
 * a few of the names of families with roots elsewhere that Grenaa's schools
 * know. Streets are generic; postcodes, towns, schools and member
 * organisations are Norddjurs' own. Staff are made up. The journal and
 * referral sentences follow the taskforce's framework (seeds 000 and 001):
 * school attendance, the family and FTI, Ungeindsatsen, leisure, police, SSP,
 * drug counselling and the absence project.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-demo-names.h"

#define LIST(name, ...) \
  static const char * const name##_items[] = { __VA_ARGS__ }; \
  const TfDemoList name = { name##_items, G_N_ELEMENTS (name##_items) }
#define ITEMS(name, ...) \
  static const char * const name##_items[] = { __VA_ARGS__ }

/* Young people (born around 2008–2014) */

LIST (_tf_demo_girl_names,
  "Emma", "Ida", "Clara", "Freja", "Laura", "Sofia", "Anna", "Ella", "Josefine", "Mathilde",
  "Alberte", "Sofie", "Maja", "Caroline", "Isabella", "Karla", "Frida", "Olivia", "Nora",
  "Agnes", "Emilie", "Lærke", "Cecilie", "Signe", "Julie", "Mille", "Asta", "Sara", "Amalie",
  "Victoria", "Nanna", "Liva", "Astrid", "Marie", "Andrea", "Line", "Esther", "Luna", "Aya",
  "Yasmin", "Maryam", "Zainab", "Malou", "Sille", "Naja", "Selma", "Thea", "Rosa", "Vigga");

LIST (_tf_demo_boy_names,
  "William", "Noah", "Lucas", "Oliver", "Victor", "Emil", "Malthe", "Magnus", "Frederik",
  "Oscar", "Carl", "Alfred", "Elias", "Valdemar", "Mikkel", "Mathias", "Villads", "Christian",
  "Sebastian", "Marcus", "Tobias", "Rasmus", "Jonas", "Mads", "Anton", "Alexander", "Nikolaj",
  "Jakob", "Gustav", "Benjamin", "August", "Aksel", "Felix", "Johan", "Liam", "Kasper",
  "Storm", "Bertram", "Theo", "Adam", "Ali", "Omar", "Ahmad", "Yusuf", "Hamza",
  "Mustafa", "Daniel", "Patrick", "Nicklas", "Sander", "Silas", "Asger", "Laurits", "Marius",
  "Jeppe", "Kevin", "Jamie");

LIST (_tf_demo_last_names,
  "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
  "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
  "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
  "Mikkelsen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm",
  "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Østergaard",
  "Jeppesen", "Vestergaard", "Lauridsen", "Nissen", "Mogensen", "Skov", "Dahl", "Bach",
  "Kjær", "Damgaard", "Aagaard", "Kjeldsen", "Nygaard", "Bech", "Thygesen", "Overgaard",
  "Søgaard", "Bak", "Ravn", "Brandt", "Toft", "Winther", "Bisgaard", "Ahmadi", "Hassan",
  "Yilmaz", "Hussein", "Kowalski", "Nowak", "Abdi", "Mohamud", "Åberg", "Ærenlund");

/* Their parents (born around 1970–1990) */

LIST (_tf_demo_mother_names,
  "Mette", "Anne", "Camilla", "Louise", "Maria", "Pernille", "Helle", "Tina", "Charlotte",
  "Line", "Stine", "Trine", "Rikke", "Marianne", "Lene", "Karina", "Heidi", "Sanne", "Janni",
  "Dorthe", "Bettina", "Susanne", "Christina", "Katrine", "Maja", "Sandra", "Jeanette",
  "Ditte", "Malene", "Fatima", "Amina", "Leila", "Agnieszka", "Hodan");

LIST (_tf_demo_father_names,
  "Thomas", "Martin", "Michael", "Jesper", "Lars", "Anders", "Søren", "Peter", "Henrik",
  "Jens", "Morten", "Kim", "Brian", "René", "Rasmus", "Jan", "Claus", "Kenneth", "Dennis",
  "Allan", "Jacob", "Christian", "Mads", "Nicolaj", "Steffen", "Bo", "Jørgen", "Ahmed",
  "Hassan", "Mehmet", "Piotr", "Abdullahi");

/* Towns. Grenaa has two overbygninger (Kattegatskolen and Vestre Skole);
 * Auning takes 7.–9. klasse from Ørsted and Allingåbro, Ørum from Glesborg. */

ITEMS (streets_grenaa,
  "Storegade", "Østergade", "Nørregade", "Lillegade", "Vestergade", "Søndergade",
  "Åboulevarden", "Kystvejen", "Rugvænget", "Hyldevej", "Ahornvej", "Lyngvej", "Birkevej",
  "Kirkevej", "Møllevej", "Skovvej", "Engvej", "Fasanvej", "Rosenvænget", "Violvej",
  "Teglværksvej", "Stadion Allé", "Nørremarksvej", "Vestervang", "Havnevej", "Bredgade",
  "Solsikkevej", "Kastanievej", "Ørnevej", "Mågevej");
ITEMS (streets_glesborg,
  "Hovedgaden", "Kirkevej", "Bakkevej", "Skolevej", "Stationsvej", "Toftevej", "Engvej");
ITEMS (streets_oerum,
  "Hovedgaden", "Skolevej", "Kastanievej", "Enghavevej", "Søndervang", "Stationsvej",
  "Mosevej");
ITEMS (streets_oersted,
  "Vestergade", "Østergade", "Bygaden", "Stationsvej", "Lindevej", "Markvej", "Tjørnevej");
ITEMS (streets_allingaabro,
  "Plantagevej", "Vestergade", "Stationsvej", "Kærvej", "Sønderbro", "Bakkedraget",
  "Nørrevang", "Egevej", "Bøgevej");
ITEMS (streets_auning,
  "Østergade", "Vestergade", "Skolevej", "Nørregade", "Ågade", "Fuglsangvej", "Mosevej",
  "Kærgårdsvej", "Lærkevej", "Syrenvej");
ITEMS (streets_anholt,
  "Bygaden", "Nordbakken", "Sønderbjerg", "Havnevej");

const TfDemoTown _tf_demo_towns[] = {
  { "8500", "Grenaa", 100, { streets_grenaa_items, G_N_ELEMENTS (streets_grenaa_items) }, TRUE,
    "Kattegatskolen", "Kattegatskolen", "Vestre Skole" },
  { "8963", "Auning", 28, { streets_auning_items, G_N_ELEMENTS (streets_auning_items) }, FALSE,
    "Auning Skole", "Auning Skole", NULL },
  { "8961", "Allingåbro", 20, { streets_allingaabro_items, G_N_ELEMENTS (streets_allingaabro_items) }, FALSE,
    "Allingåbro Skole", "Auning Skole", NULL },
  { "8950", "Ørsted", 16, { streets_oersted_items, G_N_ELEMENTS (streets_oersted_items) }, FALSE,
    "Ørsted Skole", "Auning Skole", NULL },
  { "8586", "Ørum Djurs", 14, { streets_oerum_items, G_N_ELEMENTS (streets_oerum_items) }, FALSE,
    "Ørum Skole", "Ørum Skole", NULL },
  { "8585", "Glesborg", 13, { streets_glesborg_items, G_N_ELEMENTS (streets_glesborg_items) }, FALSE,
    "Glesborg Skole", "Ørum Skole", NULL },
  { "8592", "Anholt", 1, { streets_anholt_items, G_N_ELEMENTS (streets_anholt_items) }, FALSE,
    "Anholt Skole", "Anholt Skole", NULL },
};
const guint _tf_demo_n_towns = G_N_ELEMENTS (_tf_demo_towns);

const TfDemoEducation _tf_demo_youth_education[] = {
  { "Viden Djurs", "EUD grundforløb 1" },
  { "Viden Djurs", "EUD grundforløb 2" },
  { "Viden Djurs", "EUX" },
  { "Viden Djurs", "HTX 1.x" },
  { "Viden Djurs", "HHX 1.a" },
  { "Grenaa Gymnasium", "1.g" },
  { "Grenaa Gymnasium", "2.g" },
  { "FGU", "Produktionsgrunduddannelse" },
  { "FGU", "Almen grunduddannelse" },
};
const guint _tf_demo_n_youth_education = G_N_ELEMENTS (_tf_demo_youth_education);

/* The taskforce's members (seed 001: Taskforce medlemmer) */

const TfDemoOrganisation _tf_demo_organisations[] = {
  { "myndighed", "Børne- og familierådgivningen", "authority", TRUE },
  { "fti", "FTI", "family", TRUE },
  { "familiehuset", "Familiehuset", "family", TRUE },
  { "almenskole", "Almenskole", "school", TRUE },
  { "heltidsundervisningen", "Heltidsundervisningen", "school", TRUE },
  { "ungeindsatsen", "Ungeindsatsen", "job", TRUE },
  { "ungdomskonsulenterne", "Ungdomskonsulenterne", "leisure", TRUE },
  { "ungnorddjurs", "UngNorddjurs", "coordination", TRUE },
  { "politi", "Politi", "adhoc", FALSE },
  { "rusmiddelcenter", "Rusmiddelcenter", "adhoc", FALSE },
  { "ssp", "SSP", "adhoc", FALSE },
  { "fravaersprojektet", "Fraværsprojektet", "adhoc", FALSE },
};
const guint _tf_demo_n_organisations = G_N_ELEMENTS (_tf_demo_organisations);

/* Fictional staff. The coordinators come first: UngNorddjurs drives the
 * taskforce, and the authority's caseworker has a coordinating role. */
const TfDemoStaff _tf_demo_staff[] = {
  { "Anne-Marie Kirk", "ungnorddjurs", "coordinator" },
  { "Rasmus Lykke Østergaard", "ungnorddjurs", "coordinator" },
  { "Lone Bach Sørensen", "myndighed", "coordinator" },
  { "Kasper Holm Nygaard", "myndighed", "caseworker" },
  { "Marianne Kjær", "myndighed", "caseworker" },
  { "Jonas Bjerre", "fti", "member" },
  { "Birgitte Lund", "fti", "member" },
  { "Pia Vestergaard", "familiehuset", "member" },
  { "Henrik Mølgaard", "almenskole", "member" },
  { "Signe Ravn", "heltidsundervisningen", "member" },
  { "Thomas Brandt", "ungeindsatsen", "caseworker" },
  { "Camilla Friis", "ungeindsatsen", "member" },
  { "Mikkel Aagaard", "ungdomskonsulenterne", "member" },
  { "Nadia Hassan", "ungdomskonsulenterne", "member" },
  { "Kim Skovgaard", "politi", "member" },
  { "Louise Winther", "rusmiddelcenter", "member" },
  { "Bo Kjeldsen", "ssp", "member" },
  { "Trine Bøgh", "fravaersprojektet", "member" },
};
const guint _tf_demo_n_staff = G_N_ELEMENTS (_tf_demo_staff);

/* Referral reasons: one opening per source, in TfReferralSource order */

ITEMS (openings_school,
  "Skolen henvender sig med bekymring for {n}.",
  "Henvendelse fra {g} klasselærer efter et møde i skolens AKT-team.",
  "Skolelederen kontakter taskforcen, da skolen ikke længere kan rumme {s} adfærd alene.",
  "Skolens trivselsvejleder beder om, at {n} drøftes på næste screeningsmøde.");
ITEMS (openings_parents,
  "Forældrene henvender sig selv, da de er bekymrede for {n}.",
  "{g} mor kontakter UngNorddjurs og beder om hjælp.",
  "{g} far ringer til UngNorddjurs, fordi familien ikke længere kan nå {m}.");
ITEMS (openings_police,
  "Østjyllands Politi henvender sig efter flere episoder med {n}.",
  "Forebyggelsesbetjenten beder om, at {n} drøftes i taskforcen.",
  "Politiet har haft en bekymringssamtale med {n} og forældrene og henviser til taskforcen.");
ITEMS (openings_ssp,
  "SSP har mødt {n} flere gange sent om aftenen og henvender sig til taskforcen.",
  "SSP henvender sig på baggrund af drøftelser i det lokale SSP-netværk.");
ITEMS (openings_notification,
  "Underretning modtaget i Børne- og familierådgivningen.",
  "Underretning fra skolen, sendt videre fra Børne- og familierådgivningen.",
  "Underretning fra politiet efter en sigtelse; sagen sendes videre til taskforcen.",
  "Anonym underretning om {n}.");
ITEMS (openings_young_person,
  "{n} har selv bedt om en samtale med en ungdomskonsulent.",
  "{n} henvender sig selv i klubben og vil gerne have hjælp til at komme ud af en svær situation.");
ITEMS (openings_other,
  "Henvendelse fra en træner i den lokale idrætsforening.",
  "Henvendelse fra Rusmiddelcenteret efter en samtale med familien.",
  "Henvendelse fra lokalrådet, som har set {n} sammen med en gruppe ældre unge.",
  "Henvendelse fra sundhedsplejersken på skolen.");

const TfDemoList _tf_demo_referral_openings[] = {
  { openings_school_items, G_N_ELEMENTS (openings_school_items) },
  { openings_parents_items, G_N_ELEMENTS (openings_parents_items) },
  { openings_police_items, G_N_ELEMENTS (openings_police_items) },
  { openings_ssp_items, G_N_ELEMENTS (openings_ssp_items) },
  { openings_notification_items, G_N_ELEMENTS (openings_notification_items) },
  { openings_young_person_items, G_N_ELEMENTS (openings_young_person_items) },
  { openings_other_items, G_N_ELEMENTS (openings_other_items) },
};

LIST (_tf_demo_worries_school,
  "Bekymring for fravær og nye venskaber med ældre unge.",
  "Fraværet er steget til {p} procent det seneste kvartal.",
  "{H} kommer ofte for sent og forlader skolen i frikvartererne.",
  "Flere konflikter med lærere og klassekammerater, senest en episode med trusler.",
  "{H} har svært ved at følge med fagligt og siger, at skolen ikke giver mening.",
  "Skolen oplever, at {n} er trukket ud af klassens fællesskab.",
  "{n} er set sammen med en gruppe ældre unge ved skolen efter skoletid.");

LIST (_tf_demo_worries_police,
  "Anholdt for butikstyveri sammen med ældre kammerater.",
  "Sigtet for hærværk på en skole i weekenden.",
  "Truffet af politiet sent om aftenen sammen med kendte ældre unge.",
  "Involveret i et slagsmål i Grenaa midtby en fredag aften.",
  "Fundet med en kniv ved en kontrol.",
  "Sigtet for indbrud i et kolonihavehus sammen med to ældre unge.",
  "Mistænkt for at have solgt hash til yngre elever.");

LIST (_tf_demo_worries_home,
  "Forældrene oplever, at {n} ikke overholder aftaler og ofte er ude til langt ud på natten.",
  "Bekymring for rusmidler; der er fundet hash på værelset.",
  "{H} har fået nye venner, som familien ikke kender, og har pludselig penge og nyt tøj.",
  "Familien er presset efter en skilsmisse, og {n} er meget alene hjemme.",
  "{H} har trukket sig fra fodbold og sine gamle venner.",
  "Der er mange konflikter i hjemmet, og {n} har flere gange overnattet hos ældre venner.",
  "{H} er online det meste af natten og sover om dagen.");

/* Journal sentences */

ITEMS (notes_ungnorddjurs,
  "Sagen er drøftet på taskforcemødet; næste opfølgning om 14 dage.",
  "Koordinerende møde med skole, FTI og Ungeindsatsen.",
  "Handleplanen er opdateret efter mødet med familien.",
  "Kvartalsopfølgning: {n} er i positiv udvikling i skolen og i fritiden.",
  "Kvartalsopfølgning: bekymringen er uændret, og indsatsen fortsætter.",
  "Aftalt med forældrene, at de kontakter koordinatoren, hvis der opstår nye bekymringer.",
  "Progressionen i handleplanen vurderes til {r} på en skala fra 0 til 10.",
  "Tavshedspligt og samtykke er gennemgået med forældrene.",
  "Indsatsen er bevilget af taskforcens budget.",
  "Mødet med familien blev flyttet til {d}.");
ITEMS (notes_myndighed,
  "Møde med familien om den videre støtte efter barnets lov.",
  "Den børnefaglige undersøgelse er i gang; forældrene har givet samtykke til, at taskforcen deler oplysninger.",
  "Handleplanen er gennemgået med {n} og forældrene, og målene er justeret.",
  "Bevilget kontaktperson seks timer om ugen.",
  "Opfølgning på handleplanen: {n} har nået to ud af tre delmål.",
  "Talt med mor i telefonen; hun oplever, at det går bedre hjemme.",
  "Samtykket er fornyet og omfatter Ungeindsatsen, skolen og FTI.",
  "Netværksmøde aftalt med familien, morfar og en onkel.",
  "Sagen er drøftet på teammødet i Børne- og familierådgivningen.");
ITEMS (notes_fti,
  "Kontaktpersonen har været sammen med {n} tre eftermiddage i denne uge.",
  "Hjemmebesøg hos familien; stemningen var god, og aftenerne fungerer bedre.",
  "{n} og kontaktpersonen har været ude at fiske ved havnen og talt om skolen.",
  "Far ønsker hjælp til at sætte grænser for, hvornår {n} skal være hjemme.",
  "Der er aftalt faste tider for lektier og sengetid, som familien prøver at holde.",
  "{n} aflyste aftalen med kontaktpersonen {d} og tog ikke telefonen.",
  "Familien har haft en svær uge med mange konflikter; kontaktpersonen har talt med begge forældre.",
  "Mor fortæller, at {n} igen spiser med om aftenen.");
ITEMS (notes_familiehuset,
  "Forældrene er startet på forældrekursus i Familiehuset.",
  "Familiesamtale i Familiehuset om kommunikation og faste aftaler.",
  "Forældrene har deltaget i netværksgruppen for forældre til unge.",
  "Familiebehandleren oplever, at forældrene står mere sammen om grænserne.");
ITEMS (notes_almenskole,
  "Fraværet var {p} procent i denne måned.",
  "Møde på skolen med klasselæreren, {n} og mor om en plan for fremmøde.",
  "{n} har været til alle timer i denne uge og har afleveret sin danskopgave.",
  "Skolen melder om en konflikt i frikvarteret {d}; den er løst med en samtale.",
  "{n} har fået kortere skoledage og en fast voksen om morgenen.",
  "AKT-læreren tjekker ind med {n} hver morgen.",
  "{n} deltog i emneugen og fungerede godt i gruppen.",
  "Lærerne oplever, at {n} er mere rolig i timerne.",
  "Skolen sendte {n} hjem {d} efter en episode med en lærer.");
ITEMS (notes_heltidsundervisningen,
  "Heltidsundervisningen har haft {n} på besøg; {h} kan starte efter næste ferie.",
  "{n} møder stabilt i Heltidsundervisningen og arbejder med dansk og matematik.",
  "Fraværet i Heltidsundervisningen var {p} procent i denne måned.",
  "Statusmøde i Heltidsundervisningen med {n} og forældrene.");
ITEMS (notes_ungeindsatsen,
  "Samtale i Ungeindsatsen om uddannelsesønsker; {n} er interesseret i mekanikerfaget.",
  "{n} har været i erhvervspraktik på Grenaa Havn i en uge og fik en god udtalelse.",
  "Aftalt brobygning til Viden Djurs i to dage.",
  "{n} har fået fritidsjob i et supermarked to aftener om ugen.",
  "Uddannelsesparathedsvurderingen er gennemgået med {n} og forældrene.",
  "Ungeindsatsen hjælper med at søge fritidsjob; {n} har skrevet to ansøgninger.",
  "{n} mødte ikke op til samtalen i Ungeindsatsen; ny tid er sendt.",
  "Mentoren fra Ungeindsatsen har mødtes med {n} på biblioteket.");
ITEMS (notes_ungdomskonsulenterne,
  "Ungdomskonsulenten mødte {n} i klubben {d} aften.",
  "{n} er startet til boksning og har været der to gange.",
  "En ungdomskonsulent følger {n} til den første træning i fodboldklubben.",
  "{n} var med på weekendturen med ungdomsklubben og fungerede godt i gruppen.",
  "Ungdomskonsulenterne har set {n} i bymidten sent om aftenen sammen med ældre unge.",
  "Talt med {n} om fritidsinteresser; {h} vil gerne prøve fitness.",
  "Kontingentet til fodboldklubben betales af taskforcen i et halvt år.",
  "{n} kommer nu fast i klubben to aftener om ugen.");
ITEMS (notes_politi,
  "Forebyggelsesbetjenten har haft en samtale med {n} og far.",
  "Politiet oplyser, at {n} ikke har været involveret i nye sager siden sidste møde.",
  "Politiet har haft en bekymringssamtale med {n} efter en episode i weekenden.",
  "Politiet orienterer om uro i en gruppe unge i lokalområdet, som {n} er en del af.");
ITEMS (notes_rusmiddelcenter,
  "Samtale i Rusmiddelcenteret; {n} vil gerne skære ned på hashen.",
  "Rusmiddelrådgiveren deltog i mødet og gav forældrene råd om hash og alkohol.",
  "{n} er mødt op til tre ud af fire samtaler i Rusmiddelcenteret.");
ITEMS (notes_ssp,
  "SSP mødte {n} ved stationen {d} aften og talte med {m} om at komme hjem.",
  "SSP-konsulenten har talt med {n} om de nye venner.",
  "SSP orienterer om, at gruppen omkring {n} er mere rolig.");
ITEMS (notes_fravaersprojektet,
  "Fraværsprojektet har lavet en plan for morgenerne med vækning og kørsel til skole.",
  "Fraværsprojektet har hentet {n} hjemme tre morgener i denne uge.",
  "Fraværet er faldet til {p} procent, siden morgenplanen startede.");

#define NOTES(code, weight, list) { code, weight, { list##_items, G_N_ELEMENTS (list##_items) } }

const TfDemoNoteSource _tf_demo_note_sources[] = {
  NOTES ("ungnorddjurs", 12, notes_ungnorddjurs),
  NOTES ("myndighed", 14, notes_myndighed),
  NOTES ("fti", 14, notes_fti),
  NOTES ("familiehuset", 5, notes_familiehuset),
  NOTES ("almenskole", 14, notes_almenskole),
  NOTES ("heltidsundervisningen", 4, notes_heltidsundervisningen),
  NOTES ("ungeindsatsen", 9, notes_ungeindsatsen),
  NOTES ("ungdomskonsulenterne", 9, notes_ungdomskonsulenterne),
  NOTES ("politi", 4, notes_politi),
  NOTES ("rusmiddelcenter", 3, notes_rusmiddelcenter),
  NOTES ("ssp", 3, notes_ssp),
  NOTES ("fravaersprojektet", 3, notes_fravaersprojektet),
};
const guint _tf_demo_n_note_sources = G_N_ELEMENTS (_tf_demo_note_sources);

LIST (_tf_demo_screening_notes,
  "Koordinatoren har talt med forældrene i telefonen inden screeningsmødet.",
  "Sagen er forberedt til screeningsmødet; skolen har sendt en beskrivelse af {n}.",
  "Sagen er drøftet på screeningsmødet.",
  "Tilbuddet om at være med i taskforcen er sendt til familien.",
  "Opfølgende opkald til forældrene om tilbuddet; de vil tænke over det.",
  "Møde med {n} og forældrene om, hvad taskforcen kan tilbyde.",
  "Skolen oplyser, at fraværet er {p} procent.",
  "Politiet oplyser, at {n} er kendt fra én episode.",
  "Opstartsmøde med familien aftalt til {d} i næste uge.");

LIST (_tf_demo_first_notes,
  "Henvendelsen er modtaget og registreret. Sagen sættes på næste screeningsmøde.",
  "Henvendelsen er modtaget; forældrene er orienteret og har givet samtykke til drøftelse i taskforcen.",
  "Sagen er oprettet efter henvendelsen. Koordinatoren kontakter familien inden screeningsmødet.");

/* Status history reasons */

LIST (_tf_demo_reasons_already_has_intervention,
  "Har allerede en indsats, som vurderes at dække behovet.",
  "Modtager allerede støtte efter barnets lov, som {n} profiterer af.",
  "Familien har allerede en kontaktperson; sagen følges dér.");
LIST (_tf_demo_reasons_worry_not_current,
  "Kriminalitetsbekymringen vurderes ikke aktuel.",
  "Bekymringen vurderes ikke udslagsgivende på nuværende tidspunkt.",
  "Episoden vurderes at være enkeltstående; ingen aktuel bekymring.");
LIST (_tf_demo_reasons_not_relevant_other,
  "Andet: familien er flyttet fra kommunen inden screeningsmødet.",
  "Andet: sagen behandles af Ungdomskriminalitetsnævnet.",
  "Andet: henvist til almindelig vejledning i Ungeindsatsen.");
LIST (_tf_demo_reasons_declined,
  "Familien ønsker ikke at deltage på nuværende tidspunkt.",
  "{n} ønsker ikke at deltage.",
  "Forældrene takker nej, men vil gerne kontaktes igen efter sommerferien.",
  "Familien vil klare det selv med hjælp fra netværket.");
LIST (_tf_demo_reasons_paused,
  "Sat i bero, mens {n} er på efterskole.",
  "Sat i bero under en midlertidig anbringelse.",
  "Sat i bero efter aftale med familien; tages op igen efter ferien.",
  "Sat i bero, da familien ikke har været til at træffe.");
LIST (_tf_demo_reasons_resumed,
  "Genoptaget efter aftale med familien.",
  "Genoptaget; {n} er tilbage i hjemmet.");

ITEMS (closing_goals_reached,
  "Målene i handleplanen er nået.",
  "{n} går i skole hver dag og har en fast fritidsaktivitet; sagen afsluttes.");
ITEMS (closing_moved_away,
  "Familien er flyttet fra kommunen; tilflytningskommunen er orienteret.");
ITEMS (closing_transferred,
  "Sagen er overdraget til Børne- og familierådgivningen.",
  "Sagen er overdraget til Ungdomskriminalitetsnævnet.",
  "Sagen er overdraget til Ungeindsatsen.");
ITEMS (closing_declined_to_continue,
  "{n} og familien ønsker ikke at fortsætte samarbejdet.");
ITEMS (closing_turned_18,
  "{n} er fyldt 18 år; sagen afsluttes i taskforcen.",
  "{n} er fyldt 18 år og overgår til voksenområdet; Jobcenteret er orienteret.");

/* 'turned-18' last with weight 0: the closing draw never picks it.
 * _tf_demo_plan_case() gives it to a few closed cases of 16–17-year-olds
 * whose young person turned 18 when the case closed (and so is 18 today). */
const TfDemoClosingReason _tf_demo_closing_reasons[] = {
  { "goals-reached", 48, { closing_goals_reached_items, G_N_ELEMENTS (closing_goals_reached_items) } },
  { "moved-away", 12, { closing_moved_away_items, G_N_ELEMENTS (closing_moved_away_items) } },
  { "transferred", 22, { closing_transferred_items, G_N_ELEMENTS (closing_transferred_items) } },
  { "declined-to-continue", 18, { closing_declined_to_continue_items, G_N_ELEMENTS (closing_declined_to_continue_items) } },
  { "turned-18", 0, { closing_turned_18_items, G_N_ELEMENTS (closing_turned_18_items) } },
};
const guint _tf_demo_closing_turned_18 = 4;
const guint _tf_demo_n_closing_reasons = G_N_ELEMENTS (_tf_demo_closing_reasons);

const char * const _tf_demo_mobile_prefixes[] = {
  "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
  "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93",
};
const guint _tf_demo_n_mobile_prefixes = G_N_ELEMENTS (_tf_demo_mobile_prefixes);
