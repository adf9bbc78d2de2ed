/* tf-demo-case-work-texts.c — the Danish words of the case-work demo data
 *
 * Written the way a caseworker in a Danish municipality writes in a case:
 * short, concrete, about what the young person does. {n} is the young
 * person's first name, {d} a domain, {han}/{Han}/{ham} the pronoun.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-demo-case-work-private.h"

#define LIST(name, ...) \
  static const char * const name##_items[] = { __VA_ARGS__ }; \
  const TfDemoList name = { name##_items, G_N_ELEMENTS (name##_items) }
#define ITEMS(name, ...) \
  static const char * const name##_items[] = { __VA_ARGS__ }
#define L(name) { name##_items, G_N_ELEMENTS (name##_items) }

const char * const _tf_demo_cw_domain_codes[CW_N_DOMAINS] = {
  "school", "leisure", "family", "behaviour", "emotional", "substances", "network", "practical",
};

const char * const _tf_demo_cw_org_codes[N_ORGS] = {
  "myndighed", "fti", "familiehuset", "almenskole", "heltidsundervisningen", "ungeindsatsen",
  "ungdomskonsulenterne", "ungnorddjurs", "politi", "rusmiddelcenter", "ssp",
};

const char * const _tf_demo_cw_factor_codes[CW_N_FACTORS] = {
  "absence", "criminal-peers", "early-offending", "substance-use", "family-conflict",
  "low-supervision", "impulsivity", "hardship",
  "trusted-adult", "school-attachment", "organised-leisure", "prosocial-friends",
  "supportive-family", "motivation", "strengths", "job-or-internship",
};

LIST (_tf_demo_cw_domain_names,
  "skole og læring", "fritid og venner", "familierelationer", "adfærd og kriminalitet",
  "følelsesmæssig trivsel", "rusmidler", "netværk", "praktiske forhold");

/* ---------------------------------------------------------------------- */
/* Goals of the action plan, by domain */

ITEMS (goals_school,
  "Kommer i skole mindst 4 dage om ugen",
  "Fraværet er under 10 % i næste kvartal",
  "Følger undervisningen og afleverer sine opgaver");
ITEMS (goals_leisure,
  "Går til en fast fritidsaktivitet mindst én gang om ugen",
  "Har prøvet to fritidstilbud sammen med ungdomskonsulenten",
  "Bruger aftenerne i klubben i stedet for på gaden");
ITEMS (goals_family,
  "Færre konflikter derhjemme og en fast aftale om hjemkomsttid",
  "Forældrene deltager i familiesamtaler hver 14. dag",
  "Familien har faste aftaler om hverdagen, som alle kender");
ITEMS (goals_behaviour,
  "Ingen nye sigtelser i perioden",
  "Holder sig væk fra de steder, hvor der har været uro",
  "Overholder aftalerne i ungekontrakten");
ITEMS (goals_emotional,
  "Har en fast samtale med en voksen hver uge",
  "Sover og spiser mere regelmæssigt",
  "Er udredt hos psykolog og følger aftalerne derfra");
ITEMS (goals_substances,
  "Stopper med at ryge hash",
  "Går til samtaler i Rusmiddelcenteret hver uge",
  "Afleverer rene test ved opfølgningsmøderne");
ITEMS (goals_network,
  "Har mindst én fast voksen at ringe til",
  "Har venner uden for den gruppe, der begår kriminalitet",
  "Deltager i en mentorordning");
ITEMS (goals_practical,
  "Har en plan for uddannelse eller job efter sommerferien",
  "Har fået et fritidsjob eller en praktikplads",
  "Familien har fået hjælp til at lægge et budget");

const TfDemoList _tf_demo_cw_goals[CW_N_DOMAINS] = {
  L (goals_school), L (goals_leisure), L (goals_family), L (goals_behaviour),
  L (goals_emotional), L (goals_substances), L (goals_network), L (goals_practical),
};

/* ---------------------------------------------------------------------- */
/* Short notes on a domain's score: red, yellow, green */

ITEMS (note_school_red, "Meget fravær; kommer 1–2 dage om ugen.", "Er ofte sendt hjem efter konflikter i klassen.");
ITEMS (note_school_yellow, "Kommer i skole, men har svært ved at følge med.", "Fraværet er faldet, men er stadig højt om mandagen.");
ITEMS (note_school_green, "Stabilt fremmøde og god kontakt til lærerne.");
ITEMS (note_leisure_red, "Ingen fritidsaktiviteter; hænger ud i byen om aftenen.");
ITEMS (note_leisure_yellow, "Går til fodbold af og til.", "Kommer i klubben et par aftener om ugen.");
ITEMS (note_leisure_green, "Fast fritidsaktivitet to gange om ugen.");
ITEMS (note_family_red, "Mange konflikter derhjemme; forældrene føler sig magtesløse.");
ITEMS (note_family_yellow, "Færre konflikter, men stadig uklare aftaler.");
ITEMS (note_family_green, "God kontakt til forældrene; aftalerne bliver holdt.");
ITEMS (note_behaviour_red, "Sigtet for tyveri og hærværk inden for det seneste halve år.", "Politiet har haft flere henvendelser om uro i bymidten.");
ITEMS (note_behaviour_yellow, "Ingen nye sigtelser, men stadig uro i klubben.");
ITEMS (note_behaviour_green, "Ingen henvendelser fra politiet siden sidst.");
ITEMS (note_emotional_red, "Virker trist og indadvendt; sover dårligt.");
ITEMS (note_emotional_yellow, "Svingende humør, men taler mere om det.");
ITEMS (note_emotional_green, "Virker glad og i balance.");
ITEMS (note_substances_red, "Ryger hash dagligt efter eget udsagn.");
ITEMS (note_substances_yellow, "Har røget hash enkelte gange i weekenden.");
ITEMS (note_substances_green, "Intet kendskab til brug af rusmidler.");
ITEMS (note_network_red, "Er mest sammen med ældre unge, der er kendt af politiet.");
ITEMS (note_network_yellow, "Har et par venner uden for gruppen.");
ITEMS (note_network_green, "Har gode venner og en fast voksen i netværket.");
ITEMS (note_practical_red, "Familien har store økonomiske problemer og bor trangt.");
ITEMS (note_practical_yellow, "Boligen er i orden, men økonomien er stram.");
ITEMS (note_practical_green, "Ordnede forhold derhjemme.");

const TfDemoList _tf_demo_cw_notes[CW_N_DOMAINS][3] = {
  { L (note_school_red), L (note_school_yellow), L (note_school_green) },
  { L (note_leisure_red), L (note_leisure_yellow), L (note_leisure_green) },
  { L (note_family_red), L (note_family_yellow), L (note_family_green) },
  { L (note_behaviour_red), L (note_behaviour_yellow), L (note_behaviour_green) },
  { L (note_emotional_red), L (note_emotional_yellow), L (note_emotional_green) },
  { L (note_substances_red), L (note_substances_yellow), L (note_substances_green) },
  { L (note_network_red), L (note_network_yellow), L (note_network_green) },
  { L (note_practical_red), L (note_practical_yellow), L (note_practical_green) },
};

/* ---------------------------------------------------------------------- */
/* The reasoning of an assessment: a first sentence by risk level, then
 * what changed since the last one, then what protects */

ITEMS (reasoning_low,
  "Samlet vurderes risikoen som lav; der er ikke længere røde områder.",
  "{n} er i god udvikling, og risikoen vurderes samlet som lav.");
ITEMS (reasoning_moderate,
  "Risikoen vurderes som moderat; bekymringen knytter sig især til {d}.",
  "{n} har stadig udfordringer inden for {d}, og risikoen vurderes som moderat.");
ITEMS (reasoning_high,
  "Samlet vurderes risikoen som høj; {n} har flere røde områder, særligt {d}.",
  "Der er stor bekymring for {n}, især inden for {d}, og risikoen vurderes som høj.");

const TfDemoList _tf_demo_cw_reasoning_first[3] = {
  L (reasoning_low), L (reasoning_moderate), L (reasoning_high),
};

LIST (_tf_demo_cw_reasoning_better,
  " Der ses fremgang siden sidste vurdering, især inden for {d}.",
  " {Han} har rykket sig inden for {d}, siden vi sidst vurderede.");
LIST (_tf_demo_cw_reasoning_worse,
  " Der ses tilbagegang siden sidste vurdering inden for {d}.",
  " Det går mindre godt inden for {d} end ved sidste vurdering.");
LIST (_tf_demo_cw_reasoning_same,
  " Billedet er stort set uændret siden sidste vurdering.");
LIST (_tf_demo_cw_reasoning_protective,
  " {Han} har en god relation til sin kontaktperson, som er en vigtig beskyttelsesfaktor.",
  " Forældrene samarbejder godt med taskforcen.",
  " {Han} giver selv udtryk for, at {han} gerne vil have det til at lykkes.",
  " Træneren i klubben er en vigtig voksen for {ham}.");

/* ---------------------------------------------------------------------- */
/* Action plans and consent */

LIST (_tf_demo_cw_young_person_words,
  "Jeg vil gerne have ro på i skolen igen.",
  "Jeg vil gerne spille fodbold igen.",
  "Jeg vil ikke have mere med politiet at gøre.",
  "Det er okay, men jeg vil selv bestemme, hvem jeg ser.",
  "Jeg vil gerne have et fritidsjob.",
  "Jeg synes, det går bedre nu.",
  "Jeg gider ikke alle de møder, men jeg prøver.");
LIST (_tf_demo_cw_guardians_words,
  "Vi er glade for, at der er kommet en plan.",
  "Vi vil gerne have hjælp til at få {ham} i skole om morgenen.",
  "Vi oplever, at det går bedre derhjemme.",
  "Vi er bekymrede for vennerne, men kan se fremgang.",
  "Vi har brug for, at skolen og kommunen taler sammen.",
  "Det er rart, at vi ikke står alene med det.");
LIST (_tf_demo_cw_revision_notes,
  "Revideret på opfølgningsmødet efter ny helhedsvurdering.",
  "Målene er justeret efter den seneste vurdering.",
  "Revideret sammen med {n} og forældrene; nye frister aftalt.");
LIST (_tf_demo_cw_domain_reasons,
  "Området afventer udredning hos Børne- og familierådgivningen.",
  "Familien ønsker at fokusere på skolen først; området tages op ved næste opfølgning.",
  "Der er allerede en indsats fra Myndighed, som dækker området.",
  "{n} ønsker ikke at arbejde med området nu; det drøftes igen ved næste opfølgning.");
LIST (_tf_demo_cw_consent_notes,
  "Samtykkeerklæring underskrevet på mødet.",
  "Samtykke givet mundtligt og bekræftet skriftligt.",
  "Samtykket gennemgået med familien på hjemmebesøg.");
LIST (_tf_demo_cw_withdrawn_notes,
  "Familien har trukket samtykket tilbage.",
  "{n} ønsker ikke længere, at oplysninger deles.");

/* ---------------------------------------------------------------------- */

static void
append_raw (Text       *t,
            const char *s,
            gsize       n)
{
  n = MIN (n, sizeof t->buf - 1 - t->len);
  memcpy (t->buf + t->len, s, n);
  t->len += n;
  t->buf[t->len] = '\0';
}

void
_tf_demo_cw_append (Text          *t,
                    const char    *template,
                    const CwWords *words)
{
  const char *p = template;

  while (*p != '\0')
    {
      const char *brace = strchr (p, '{');
      const char *close;
      const char *with = NULL;

      if (brace == NULL)
        {
          append_raw (t, p, strlen (p));
          return;
        }
      append_raw (t, p, (gsize) (brace - p));
      close = strchr (brace, '}');
      if (close == NULL)
        {
          append_raw (t, brace, strlen (brace));
          return;
        }
      if (strncmp (brace, "{n}", 3) == 0)
        with = words->first_name;
      else if (strncmp (brace, "{d}", 3) == 0)
        with = words->domain != NULL ? words->domain : "";
      else if (strncmp (brace, "{han}", 5) == 0)
        with = words->girl ? "hun" : "han";
      else if (strncmp (brace, "{Han}", 5) == 0)
        with = words->girl ? "Hun" : "Han";
      else if (strncmp (brace, "{ham}", 5) == 0)
        with = words->girl ? "hende" : "ham";
      if (with != NULL)
        append_raw (t, with, strlen (with));
      else
        append_raw (t, brace, (gsize) (close - brace + 1));
      p = close + 1;
    }
}
