/* tf-demo-meetings-texts.c — the Danish words of the meetings demo
 *
 * Discussions and decisions by why the case is on the agenda, in the
 * committee style of the seeds ("Punkt N: … Beslutning for Punkt N: …"):
 * short, with who does what by when. {n} is the young person's first name,
 * {han} / {Han} / {ham} the pronoun (see _tf_demo_cw_append()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-demo-meetings-private.h"

#define ITEMS(name, ...) \
  static const char * const name##_items[] = { __VA_ARGS__ }
#define L(name) { name##_items, G_N_ELEMENTS (name##_items) }
#define DECISIONS(name, ...) \
  static const MtDecision name##_items[] = { __VA_ARGS__ }

ITEMS (disc_follow_up,
  "Koordinator orienterede om forløbet siden sidst. {n} kommer stabilt i skole, men fraværet om fredagen er steget igen.",
  "Skolen oplever {n} som mere rolig i timerne. Familien fortæller, at aftenerne stadig er svære.",
  "{n} har været til to samtaler hos ungdomskonsulenten og er begyndt at komme i klubben.",
  "Politiet har ikke haft kontakt med {n} siden sidste møde. Handleplanens mål om skolegang er delvist nået.",
  "Forældrene har svært ved at sætte grænser, og {n} er ofte ude til sent. Familiebehandlingen er i gang.",
  "{n} har fået fritidsjob i weekenden gennem Ungeindsatsen og fortæller selv, at det går godt.",
  "Opfølgning på handleplanen: to af tre mål er i gang. {Han} har svært ved at holde aftaler med skolen.",
  "Koordinator har talt med {n} og forældrene. {Han} ønsker selv hjælp til at komme væk fra den gruppe, {han} har fulgtes med.");
ITEMS (disc_revision,
  "Handleplanen er revideret efter den seneste vurdering. Målene for skole og fritid fortsætter; målet for familien er justeret.",
  "Ny version af handleplanen gennemgået. {n} og forældrene har deltaget og er enige i målene.",
  "Vurderingen viser fremgang i skolen men bekymring for netværket. Handleplanen får et nyt mål for fritiden.",
  "Planen er justeret, da {n} har skiftet skole. Heltidsundervisningen overtager målet om skolegang.");
ITEMS (disc_relevant,
  "Henvendelsen gennemgået. Der er bekymring for {n}s skolegang og omgangskreds, og familien er ikke kendt i andre indsatser.",
  "Flere aktører har mødt {n} i den seneste tid. Taskforcen vurderer, at en samlet indsats er nødvendig.",
  "{n} er kendt af SSP og skolen. Forældrene har selv bedt om hjælp.");
ITEMS (disc_not_relevant,
  "Henvendelsen gennemgået. {n} har allerede en indsats gennem Børne- og familierådgivningen.",
  "Bekymringen er ikke aktuel længere; skolen oplever {n} i god trivsel efter skoleskiftet.",
  "Sagen hører under en anden indsats, og familien er allerede i kontakt med Familiehuset.");
ITEMS (disc_waiting,
  "");
ITEMS (disc_family,
  "Forældrene fortæller, at hverdagen derhjemme er blevet roligere, men at {n} stadig er meget ude om aftenen.",
  "Familien oplever, at samarbejdet med skolen er blevet bedre. {n} deltog selv i mødet.",
  "Mor er bekymret for {n}s nye venner. Far ønsker mere kontakt til skolen.");
ITEMS (disc_school,
  "Skolen oplyser, at fraværet er faldet. {n} har fået en fast voksen i skoledagen.",
  "Klubben ser {n} to gange om ugen. {Han} har fået en god kontakt til en af medarbejderne.",
  "Skolen er bekymret for {n}s faglige niveau før afgangsprøverne.");
ITEMS (disc_agreements,
  "Aftaler fra sidste netværksmøde gennemgået; de fleste er holdt.",
  "Næste skridt aftalt med familien og skolen.",
  "Netværket er enige om at fortsætte den nuværende plan.");

const TfDemoList _tf_demo_mt_discussions[MT_N_REASONS] = {
  L (disc_follow_up), L (disc_revision), L (disc_relevant), L (disc_not_relevant),
  L (disc_waiting), L (disc_family), L (disc_school), L (disc_agreements),
};

DECISIONS (dec_follow_up,
  { "Skolen indkalder til netværksmøde; opfølgning om 4 uger.", "Indkald til netværksmøde med familien", ORG_ALMENSKOLE },
  { "Indsatsen fortsætter uændret. Opfølgning på næste møde.", NULL, 0 },
  { "Koordinator tager en samtale med {n} og forældrene inden næste møde.", "Samtale med {n} og forældrene", -1 },
  { "Ungdomskonsulenterne følger {n} til klubben de næste uger.", "Følg {n} til klubben og meld tilbage", ORG_UNGDOMSKONSULENTERNE },
  { "Familiebehandlingen fortsætter; FTI melder tilbage om 3 uger.", "Status fra familiebehandlingen", ORG_FTI },
  { "Myndighed vurderer, om der er behov for en børnefaglig undersøgelse.", "Vurdér behov for børnefaglig undersøgelse", ORG_MYNDIGHED },
  { "Ungeindsatsen hjælper {n} med at finde et praktikforløb.", "Find praktikforløb til {n}", ORG_UNGEINDSATSEN },
);
DECISIONS (dec_revision,
  { "Den reviderede handleplan godkendt. Næste opfølgning om 3 måneder.", NULL, 0 },
  { "Handleplanen godkendt med det nye mål for fritiden.", "Find et fritidstilbud sammen med {n}", ORG_UNGDOMSKONSULENTERNE },
  { "Handleplanen godkendt; Heltidsundervisningen overtager skolemålet.", "Overlevering til Heltidsundervisningen", ORG_HELTIDSUNDERVISNINGEN },
  { "Handleplanen godkendt. Koordinator sender den til familien.", "Send handleplanen til familien", -1 },
);
DECISIONS (dec_relevant,
  { "Vurderet relevant for taskforcen. Koordinator kontakter familien og tilbyder et forløb.", "Kontakt familien og tilbyd forløb", -1 },
  { "Relevant. Koordinator indhenter samtykke og planlægger første møde med familien.", "Indhent samtykke og aftal første møde", -1 },
);
DECISIONS (dec_not_relevant,
  { "Ikke relevant for taskforcen; den eksisterende indsats fortsætter. Henviser orienteres.", "Orientér henviser om beslutningen", -1 },
  { "Ikke relevant på nuværende tidspunkt. Skolen kan henvise igen, hvis bekymringen vender tilbage.", NULL, 0 },
);
DECISIONS (dec_none,
  { "", NULL, 0 },
);
DECISIONS (dec_family,
  { "Forældrene og koordinator aftaler faste ugentlige opkald.", "Ugentligt opkald til forældrene", -1 },
  { "Familiehuset tilbyder forældrene et forældreforløb.", "Tilbyd forældreforløb", ORG_FAMILIEHUSET },
  { "Taget til efterretning.", NULL, 0 },
);
DECISIONS (dec_school,
  { "Skolen laver en plan for fraværet sammen med {n}.", "Fraværsplan for {n}", ORG_ALMENSKOLE },
  { "Klubben fortsætter; ungdomskonsulenten melder tilbage til næste møde.", NULL, 0 },
  { "Skolen tilbyder lektiehjælp to gange om ugen.", "Sæt lektiehjælp i gang", ORG_ALMENSKOLE },
);
DECISIONS (dec_agreements,
  { "Næste netværksmøde om 3 måneder. Koordinator indkalder.", "Indkald til næste netværksmøde", -1 },
  { "Aftalerne fortsætter uændret.", NULL, 0 },
);

const MtDecisionList _tf_demo_mt_decisions[MT_N_REASONS] = {
  L (dec_follow_up), L (dec_revision), L (dec_relevant), L (dec_not_relevant),
  L (dec_none), L (dec_family), L (dec_school), L (dec_agreements),
};

DECISIONS (extra_tasks,
  { NULL, "Send referat af punktet til familien", -1 },
  { NULL, "Tjek fraværet for de sidste fire uger", ORG_ALMENSKOLE },
  { NULL, "Meld tilbage om {n}s fremmøde i klubben", ORG_UNGDOMSKONSULENTERNE },
  { NULL, "Opdatér handleplanen efter mødet", -1 },
  { NULL, "Hjemmebesøg hos familien", ORG_FTI },
);
const MtDecisionList _tf_demo_mt_extra_tasks = L (extra_tasks);

ITEMS (orientations,
  "Politiet orienterede om en stigning i uroen omkring busstationen i Grenaa i weekenderne.",
  "SSP orienterede om nye grupperinger blandt de 14–16-årige i Auning og Ørsted.",
  "Ungdomskonsulenterne har åbnet klubben i Glesborg to aftener om ugen.",
  "Skolerne orienterede om fraværet efter efterårsferien.",
  "Myndighed orienterede om ventetiden på børnefaglige undersøgelser.",
  "Ungeindsatsen har fået nye praktikpladser hos lokale virksomheder.",
  "Rusmiddelcentret tilbyder nu samtaler for unge på skolerne.");
const TfDemoList _tf_demo_mt_orientations = L (orientations);

ITEMS (any_other,
  "Intet.",
  "Intet til referat.",
  "Husk temadagen om kriminalitetsforebyggelse i næste måned.",
  "Næste møde flyttes ikke; alle bedes melde afbud i god tid.");
const TfDemoList _tf_demo_mt_any_other = L (any_other);

ITEMS (named_guests,
  "Sundhedsplejerske Hanne Dahl",
  "Gadeplansmedarbejder Ali Demir",
  "Klubleder Søren Juhl",
  "Skolepsykolog Mette Brix");
const TfDemoList _tf_demo_mt_named_guests = L (named_guests);

ITEMS (network_places,
  "UngNorddjurs, Grenaa",
  "Familiens hjem",
  "Skolen",
  "Familiehuset, Grenaa");
const TfDemoList _tf_demo_mt_network_places = L (network_places);
