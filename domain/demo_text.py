"""Words and sentence templates for the sample data (domain/demo.py).

Kept apart from the generator so the logic stays readable. Templates name
their slots in braces; a slot is filled from the call's own context first
(its deliverable, system, vendor...) so one call tells one coherent story,
and from the word lists below otherwise, so search meets a varied vocabulary.

Most text is per scenario, so an outage call talks about downtime and the
root cause and never about budgets: NOTES, STEPS, PREP, FOLLOW_UP, MEASURES
and AMENDS each hold one entry per scenario, and COMMON_* the lines that fit
any bad news (empathy, urgency, the written summary). Give-away words of one
scenario ("budget", "outage", "shipment", "as designed", "supplier", ...)
appear in that scenario's text only; only the scenario-neutral slots
(stakeholder, dept, event, ...) are shared.

Clients and their contact persons come per letter language (en, de, fr, es,
nl): company names, people's names and the general mailbox fit the language.
"""

from __future__ import annotations

# fmt: off
# ------------------------------------------------------------------ clients and people
COMPANY_HEADS = (
    "Northwind", "Harbor", "Bluestone", "Crestline", "Redwood", "Ironbridge", "Silverlake",
    "Oakridge", "Meridian", "Lumen", "Parkside", "Kestrel", "Fairhaven", "Granite", "Halcyon",
    "Juniper", "Larkspur", "Marlow", "Brightwater", "Copperfield", "Driftwood", "Evergreen",
    "Foxglove", "Greyfield", "Hawthorne", "Ivory Coast", "Kingsbury", "Lakeshore", "Millbrook",
    "Norland", "Orchard", "Pinecrest", "Quarry Hill", "Riverside", "Stonegate", "Tidewater",
    "Upland", "Vantage", "Westmoor", "Yardley", "Alder", "Beacon", "Cobalt", "Summit", "Atlas",
)
COMPANY_TAILS = (
    "Logistics", "Foods", "Health", "Insurance", "Retail", "Energy", "Dental Group", "Bank",
    "Architects", "Legal", "Hotels", "Pharma", "Manufacturing", "Media", "Telecom", "Freight",
    "Properties", "Farms", "Outfitters", "Analytics", "Travel", "Schools", "Clinics", "Brewing",
    "Publishing", "Motors", "Textiles", "Labs", "Studios", "Credit Union",
)
# Companies whose letters go out in another language: (heads, tails) per language code.
LOCAL_COMPANIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "de": (
        ("Bergmann", "Lindenhof", "Nordstern", "Rheintal", "Falkenberg", "Eichwald",
         "Sonnenberg", "Weißenfels", "Hansen & Partner", "Brunnhuber"),
        ("Logistik GmbH", "Maschinenbau AG", "Versicherungen", "Apotheken", "Bau GmbH",
         "Hotels", "Lebensmittel", "Energie", "Medizintechnik"),
    ),
    "fr": (
        ("Lumière", "Belle Rive", "Clairval", "Beaulieu", "Saint-Clair", "Vallon", "Mistral",
         "Les Tilleuls", "Garonne", "Bastide"),
        ("Logistique", "Assurances", "Pharma", "Hôtels", "Distribution", "Immobilier",
         "Transports", "Cliniques", "Éditions"),
    ),
    "es": (
        ("Solana", "Costa Verde", "Almendro", "Miramar", "Sierra Alta", "Olivar",
         "Puerto Claro", "Valdemar", "Los Pinos", "Albaricoque"),
        ("Logística", "Seguros", "Hoteles", "Alimentación", "Farmacia", "Distribuciones",
         "Energía", "Clínicas", "Viajes"),
    ),
    "nl": (
        ("Zeewind", "Lindeboom", "Polderland", "Waterkant", "De Molen", "Havenstad", "Duinrand",
         "Dijkzicht", "Kempenaar", "Noorderlicht"),
        ("Logistiek", "Verzekeringen", "Zorg", "Bouw", "Techniek", "Voeding", "Transport",
         "Tandartsen", "Uitgevers"),
    ),
}
# The general address of a client's own email, per language.
MAILBOXES: dict[str, tuple[str, ...]] = {
    "en": ("info", "hello", "office", "accounts"),
    "de": ("info", "kontakt", "office", "service"),
    "fr": ("contact", "info", "accueil"),
    "es": ("info", "contacto", "oficina"),
    "nl": ("info", "contact", "kantoor"),
}
# Contact persons at clients: first names by gender ("f", "m"), surnames, per language.
PEOPLE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "f": ("Dana", "Grace", "Laura", "Emily", "Sarah", "Rachel", "Hannah", "Claire", "Megan"),
        "m": ("James", "Tom", "David", "Mark", "Peter", "Ben", "Oliver", "Sam", "Daniel"),
        "last": ("Kim", "Walsh", "Brennan", "Carter", "Hughes", "Patel", "Okafor", "Morgan",
                 "Reid", "Fletcher", "Nguyen", "Shaw", "Osei", "Doyle"),
    },
    "de": {
        "f": ("Anna", "Katrin", "Sabine", "Julia", "Miriam", "Lena", "Ute"),
        "m": ("Jonas", "Markus", "Stefan", "Tobias", "Felix", "Jürgen", "Matthias"),
        "last": ("Keller", "Schmidt", "Becker", "Hoffmann", "Wagner", "Neumann", "Krüger",
                 "Vogel", "Braun", "Schäfer", "Lehmann"),
    },
    "fr": {
        "f": ("Camille", "Claire", "Élodie", "Manon", "Sophie", "Hélène", "Margaux"),
        "m": ("Julien", "Thomas", "Nicolas", "Mathieu", "Antoine", "Rémi", "Olivier"),
        "last": ("Moreau", "Dubois", "Lefèvre", "Garnier", "Rousseau", "Fontaine", "Girard",
                 "Lambert", "Mercier", "Chevalier"),
    },
    "es": {
        "f": ("Lucía", "Marta", "Carmen", "Elena", "Paula", "Inés", "Rocío"),
        "m": ("Javier", "Pablo", "Diego", "Andrés", "Miguel", "Sergio", "Álvaro"),
        "last": ("García", "López", "Martín", "Navarro", "Romero", "Torres", "Ruiz",
                 "Castillo", "Ortega", "Herrera"),
    },
    "nl": {
        "f": ("Sanne", "Femke", "Lotte", "Eva", "Marieke", "Anouk", "Ilse"),
        "m": ("Daan", "Joost", "Bram", "Pieter", "Thijs", "Ruben", "Wouter"),
        "last": ("de Vries", "Jansen", "Bakker", "Visser", "van Dijk", "Smit", "Meijer",
                 "de Boer", "Mulder", "van den Berg"),
    },
}
# How often a contact is greeted "Ms/Mr Surname" rather than by first name.
FORMAL_SHARE = {"en": 0.25, "de": 0.7, "fr": 0.6, "es": 0.4, "nl": 0.3}
HONORIFIC = {"f": "Ms", "m": "Mr"}

# Our own colleagues (who knows internally, steps owned by a named person).
FIRST_NAMES = (
    "Anna", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kenji",
    "Laura", "Malik", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Samir", "Tess", "Umar",
    "Vera", "Wei", "Yusuf", "Zoe", "Marta", "Tom", "Leila", "Pavel", "Sofia",
)
LAST_NAMES = (
    "Keller", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Ferreira", "Novak", "Haddad", "Walsh",
    "Rossi", "Kowalski", "Nguyen", "Schmidt", "Costa", "Brennan", "Ibrahim", "Larsen", "Petrov",
)

# ------------------------------------------------------------------ slot words
WORDS: dict[str, tuple[str, ...]] = {
    "deliverable": (
        "mobile app release", "data migration", "warehouse integration", "new checkout",
        "payroll module", "reporting dashboard", "customer portal", "booking engine",
        "inventory sync", "loyalty programme", "invoice export", "onboarding flow",
        "pricing engine", "scheduling tool", "partner API", "website redesign",
    ),
    "system": (
        "order system", "customer portal", "payment gateway", "booking site", "mobile app",
        "email service", "reporting server", "single sign-on", "label printing", "search",
        "invoice run", "stock feed", "appointment reminders", "file transfer", "VPN",
    ),
    "vendor": (
        "the hosting provider", "the payment processor", "the SMS supplier", "the courier",
        "the map service", "the email provider", "the identity provider", "the data centre",
        "the CDN", "the tax-rate service", "the print partner", "the bank's file service",
    ),
    "feature": (
        "discount rule", "export button", "search filter", "password reset", "rounding of totals",
        "time-zone display", "archive setting", "duplicate check", "approval step",
        "session timeout", "stock reservation", "notification digest", "CSV import",
    ),
    "work": (
        "the extra integrations", "the second data clean-up", "the accessibility fixes",
        "the new report designs", "the added languages", "the security review",
        "the load testing", "the extra training days", "the custom approval flow",
    ),
    "stakeholder": (
        "board", "CFO", "operations director", "sales team", "franchise owners", "regulator",
        "head office", "shareholders", "store managers", "largest customer", "auditors",
    ),
    "dept": (
        "finance", "operations", "customer service", "warehouse", "marketing", "IT", "sales",
        "legal", "HR", "procurement", "front desk", "dispatch",
    ),
    "event": (
        "spring campaign", "trade fair", "quarter close", "store opening", "holiday season",
        "product launch", "audit", "price change", "school term", "annual conference",
    ),
    "feeling": (
        "let down", "embarrassed in front of the board", "worried about our own customers",
        "tired of surprises", "under pressure", "blindsided", "nervous about the launch",
    ),
    "month": (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "n": ("two", "three", "four", "five", "six"),
    "pct": ("8", "12", "15", "18", "22", "30"),
    "amount": ("4,000", "7,500", "12,000", "18,000", "25,000", "40,000"),
    "hours": ("two", "three", "four", "six", "nine"),
    "clock": ("6:40", "9:15", "11:30", "14:05", "16:20", "22:45"),
    "count": ("40", "120", "300", "850", "1,200", "3,000"),
    "records": ("orders", "invoices", "bookings", "customer records", "payments", "appointments"),
}

# What we put in place so it does not happen again, and what we offer to make up for it.
MEASURES: dict[str, tuple[str, ...]] = {
    "generic": (
        "a named contact for every question", "a handover meeting whenever the lead changes",
        "notice of any change at least a month ahead", "a quarterly account review",
    ),
    "delivery_delay": (
        "a weekly schedule check with your project lead", "a shared milestone plan",
        "buffer time in every delivery plan", "an early warning when a milestone is at risk",
        "a written release plan for each phase",
    ),
    "budget_overrun": (
        "a monthly cost report", "an early warning at 80% of the budget",
        "a signed change request before any extra work", "a scope review every month",
        "a second check of every estimate",
    ),
    "working_as_designed": (
        "clearer help text on the {feature}", "a short guide for new staff",
        "a review of the {feature} setting with your team",
        "release notes that explain every change in behaviour",
    ),
    "third_party_fault": (
        "a second supplier on standby", "a weekly check of the supplier's status reports",
        "an automatic switch to the backup supplier",
        "a clause on response times in our supplier contract",
    ),
    "outage": (
        "an automatic alert on failed jobs", "a tested failover every month",
        "load tests before every peak", "a second engineer on call at night",
        "minute-by-minute monitoring of the {system}",
    ),
}
AMENDS: dict[str, tuple[str, ...]] = {
    "generic": (
        "an extra review workshop", "a free training session for the new team",
        "two months at the current price",
    ),
    "delivery_delay": (
        "two weeks of support at no charge", "priority support until launch",
        "an extra training session before go-live", "waiving the change fee",
    ),
    "budget_overrun": (
        "a 10% reduction on this phase", "covering half of the extra cost ourselves",
        "waiving the change fee", "the security review at no charge",
    ),
    "working_as_designed": (
        "a free training session", "an extra review workshop",
        "setting up the {feature} for your team at no charge",
    ),
    "third_party_fault": (
        "a credit on next month's invoice", "priority support for the next month",
        "re-running the held {records} at our cost",
    ),
    "outage": (
        "a credit on next month's invoice", "a service credit for the downtime",
        "a free review of your alert settings",
    ),
}

# ------------------------------------------------------------------ titles and subjects
# The call's title (internal wording).
SUBJECTS: dict[str, tuple[str, ...]] = {
    "generic": (
        "Change of account lead", "Renewal terms are changing", "Support hours reduced",
        "Key developer leaving the project", "Price increase from {month}",
        "Data request cannot be met in full", "Training dates moved",
    ),
    "delivery_delay": (
        "{deliverable} will be late", "New date for the {deliverable}",
        "{deliverable} slips to {month}", "Delay on the {deliverable}: {n} weeks",
        "Phase two of the {deliverable} is late",
    ),
    "budget_overrun": (
        "{deliverable} is over budget", "Extra cost for {work}", "Budget overrun of {pct}%",
        "Change requests push the {deliverable} over budget", "Revised estimate for {month}",
    ),
    "working_as_designed": (
        "The {feature} works as designed", "Reported bug: {feature} is intended",
        "Why the {feature} behaves this way", "Ticket on the {feature}: no defect found",
    ),
    "third_party_fault": (
        "{vendor_cap} failure hit the {system}", "{vendor_cap} failure affects orders",
        "Problem at {vendor} holds up the {system}", "{system_cap} errors caused by {vendor}",
    ),
    "outage": (
        "{system_cap} down for {hours} hours", "Incident on the {system} last {weekday}",
        "{system_cap} outage and lost {records}", "Service interruption: {system}",
    ),
}
# The letter's own subject (client-facing wording), for the calls that have one, per
# language; the other languages' subjects name no slot (slot words are English).
LETTER_SUBJECTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "generic": ("Changes to your account from {month}", "Your new account lead",
                    "Your contract terms from {month}"),
        "delivery_delay": ("Your {deliverable}: the new delivery date",
                           "New date for your {deliverable}"),
        "budget_overrun": ("Your {deliverable}: revised cost and scope options",
                           "Revised budget for the {deliverable}"),
        "working_as_designed": ("The {feature}: how it works, and a workaround",
                                "Your question about the {feature}"),
        "third_party_fault": ("The supplier failure on {weekday} and what we are doing",
                              "Your held {records}: what happened and what comes next"),
        "outage": ("The {system} interruption on {weekday}",
                   "Downtime of the {system}: what happened and next steps"),
    },
    "de": {
        "generic": ("Änderungen an Ihrem Vertrag", "Ihr neuer Ansprechpartner"),
        "delivery_delay": ("Neuer Liefertermin", "Verzögerung Ihrer Lieferung"),
        "budget_overrun": ("Überarbeitetes Budget und Optionen zum Umfang",
                           "Mehrkosten im Projekt"),
        "working_as_designed": ("Ihre Meldung: so ist die Funktion gedacht",
                                "Ihre Anfrage und eine Umgehungslösung"),
        "third_party_fault": ("Ausfall bei unserem Zulieferer",
                              "Störung bei einem Lieferanten: was wir tun"),
        "outage": ("Die Störung und unsere nächsten Schritte",
                   "Ausfall des Dienstes: Ursache und Maßnahmen"),
    },
    "fr": {
        "generic": ("Changements dans votre contrat", "Votre nouvel interlocuteur"),
        "delivery_delay": ("Nouvelle date de livraison", "Retard de votre livraison"),
        "budget_overrun": ("Budget révisé et options de périmètre",
                           "Coûts supplémentaires du projet"),
        "working_as_designed": ("Votre signalement : le fonctionnement prévu",
                                "Votre question et une solution de contournement"),
        "third_party_fault": ("Défaillance de notre fournisseur",
                              "Incident chez un fournisseur : nos mesures"),
        "outage": ("L'interruption du service et nos prochaines étapes",
                   "Panne du service : cause et mesures"),
    },
    "es": {
        "generic": ("Cambios en su contrato", "Su nuevo interlocutor"),
        "delivery_delay": ("Nueva fecha de entrega", "Retraso en su entrega"),
        "budget_overrun": ("Presupuesto revisado y opciones de alcance",
                           "Costes adicionales del proyecto"),
        "working_as_designed": ("Su incidencia: el funcionamiento previsto",
                                "Su consulta y una solución alternativa"),
        "third_party_fault": ("Fallo de nuestro proveedor",
                              "Incidencia en un proveedor: nuestras medidas"),
        "outage": ("La interrupción del servicio y los próximos pasos",
                   "Caída del servicio: causa y medidas"),
    },
    "nl": {
        "generic": ("Wijzigingen in uw contract", "Uw nieuwe contactpersoon"),
        "delivery_delay": ("Nieuwe leverdatum", "Vertraging van uw levering"),
        "budget_overrun": ("Herzien budget en opties voor de omvang",
                           "Extra kosten in het project"),
        "working_as_designed": ("Uw melding: zo is de functie bedoeld",
                                "Uw vraag en een tijdelijke oplossing"),
        "third_party_fault": ("Storing bij onze leverancier",
                              "Storing bij een leverancier: onze maatregelen"),
        "outage": ("De storing en onze volgende stappen",
                   "Uitval van de dienst: oorzaak en maatregelen"),
    },
}

# ------------------------------------------------------------------ facts ({fact})
FACTS: dict[str, tuple[str, ...]] = {
    "generic": (
        "The change takes effect at the start of {month}.",
        "Nothing changes for the {dept} team until the contract renews.",
        "{person} takes over the account from {month}.",
        "The new terms were approved internally on {weekday}.",
        "Support hours change from {month}; urgent calls are still answered.",
    ),
    "delivery_delay": (
        "The {deliverable} misses the promised date; the new date is {weekday} {day} {month}.",
        "Testing found {count} failing cases, so the {deliverable} is late.",
        "The part that handles {records} is finished and could go out in a first shipment.",
        "We planned the {deliverable} {n} weeks too tight; the schedule slips to {month}.",
        "The first shipment is ready; the rest follows {n} weeks late.",
    ),
    "budget_overrun": (
        "The estimate for {work} was {amount} short.",
        "We are {pct}% over the agreed budget on the {deliverable}.",
        "No further work is billed until they approve the new cost figure.",
        "The overrun comes from {work}, which we scoped too thin.",
        "The remaining scope costs {amount} more than the budget allows.",
    ),
    "working_as_designed": (
        "The {feature} works as designed and as the signed specification says.",
        "The {feature} was designed this way to protect {records} from double entry.",
        "Changing the intended behaviour of the {feature} takes a change request.",
        "The intended behaviour of the {feature} is described in the specification.",
        "A workaround exists: a setting in the admin screen.",
    ),
    "third_party_fault": (
        "{vendor_cap} failed early on {weekday}; we chose the supplier, so it is ours to fix.",
        "{count} {records} were held while our supplier, {vendor}, was down.",
        "We have no confirmed cause from {vendor}, our supplier, yet.",
        "{vendor_cap} confirmed the fault is on the supplier's side.",
        "Our supplier contract with {vendor} covers response times, not this failure.",
    ),
    "outage": (
        "The {system} was down for {hours} hours on {weekday}.",
        "{count} {records} were delayed by the outage; none were lost.",
        "Service was restored at {clock} and has been stable since.",
        "We do not yet know why the failover did not start.",
        "The root cause was a full disk on the {system}; monitoring did not warn us.",
    ),
}

# ------------------------------------------------------------------ notes
# Per scenario and note kind; COMMON_NOTES fit any scenario and are mixed in.
NOTES: dict[str, dict[str, tuple[str, ...]]] = {
    "generic": {
        "fact": ("{fact}", "Their account has been with us for {n} years.",
                 "Their contract renews in {month}.",
                 "The price change is {pct}% from {month}.",
                 "Their {dept} team works with {person} every week."),
        "quote": ("\"Why are we only told now?\"", "\"We chose you because of the people.\"",
                  "\"I need to know what this means for our {dept} team.\"",
                  "\"Is this open for discussion?\"",
                  "\"We will need time to tell our {dept} people.\"",
                  "\"Fine, as long as nothing else changes.\""),
        "concern": ("Worried about losing the people who know their account.",
                    "Concerned the new terms hit {dept} harder than others.",
                    "Afraid the handover loses what was agreed before.",
                    "Worried the new terms arrive in the middle of the {event}."),
        "question": ("Asked whether the old terms can run until the renewal.",
                     "Asked who their contact will be from {month}.",
                     "Asked whether other clients get the same terms.",
                     "Asked how the handover will work in practice.",
                     "Asked for a contact for urgent questions during the change."),
        "decision": ("Handover meeting with {person} on {weekday}.",
                     "Old terms run until the end of {month}.",
                     "They will tell their {dept} team themselves.",
                     "New terms sent in writing by {weekday}."),
        "note": ("Keep the message simple: what changes, when, and why.",
                 "Introduce {person} by email today.",
                 "Check the notice period in their contract.",
                 "They took the change calmly; keep the account review on the calendar."),
    },
    "delivery_delay": {
        "fact": ("{fact}", "Their go-live was planned for the {event}.",
                 "Their {dept} team has staff booked for the original date.",
                 "The rest of the {deliverable} is on schedule.",
                 "Their {stakeholder} announced the original date in {month}."),
        "quote": ("\"We promised this to our {stakeholder} for {month}.\"",
                  "\"Can you guarantee the new date?\"",
                  "\"This is the second time the schedule slips.\"",
                  "\"Our {dept} team planned their whole {month} around this date.\"",
                  "\"Half of it on time would already help us.\"",
                  "\"What do I tell our {stakeholder} about the date?\""),
        "concern": ("Worried the {event} will be hit by the delay.",
                    "Afraid the new date slips again.",
                    "Their {stakeholder} expects the {deliverable} before the {event}.",
                    "Worried the late delivery leaves no time for their own testing."),
        "question": ("Asked if we can deliver part of it before the {event}.",
                     "Asked what the new date depends on.",
                     "Asked whether a partial shipment is possible.",
                     "Asked how sure we are of the new date.",
                     "Asked what happens to the {records} part if the date slips again."),
        "decision": ("Agreed to ship the {records} part first, the rest in {month}.",
                     "New delivery date set for {weekday} {day} {month}.",
                     "Weekly progress call every {weekday} until delivery.",
                     "Milestone plan to be shared by {weekday}.",
                     "They test the first shipment as soon as it arrives."),
        "note": ("Check the schedule with the delivery lead before promising anything.",
                 "They took the new date better than expected.",
                 "Make sure the letter states the new date plainly.",
                 "Ask {person} whether a partial shipment is feasible.",
                 "Do not promise a date we have not checked with the team."),
    },
    "budget_overrun": {
        "fact": ("{fact}", "Their budget for this year was fixed in {month}.",
                 "{work_cap} was not in the original scope.",
                 "They have already paid {pct}% of the budget.",
                 "The cost of {work} was estimated before the requirements were final."),
        "quote": ("\"The budget was signed off by our {stakeholder}; I cannot go back for more.\"",
                  "\"Why did the estimate miss this?\"",
                  "\"What do we get for the extra {amount}?\"",
                  "\"We need to see where the money went.\"",
                  "\"We cannot sign a blank cheque.\"",
                  "\"Every extra cost has to go through our {stakeholder}.\""),
        "concern": ("Concerned about the cost of {work}.",
                    "Their {stakeholder} has frozen extra spending until the {event}.",
                    "Worried more cost surprises follow.",
                    "Worried the reduced scope will not be ready for their {event}."),
        "question": ("Asked which parts of the scope could be cut.",
                     "Asked for a line-by-line breakdown of the cost.",
                     "Asked whether the overrun can be spread over two quarters.",
                     "Asked what the new estimate includes.",
                     "Asked whether we share the extra cost."),
        "decision": ("They will approve the revised figure of {amount} by {weekday}.",
                     "Agreed to move {work} to a second phase.",
                     "Scope reduced: {work} dropped for now.",
                     "Cost report every month from now on.",
                     "No work on {work} until the budget is approved."),
        "note": ("Bring the cost breakdown for {work} to the next call.",
                 "Do not defend the old estimate; explain the new figure.",
                 "Check with finance before offering any discount.",
                 "Ask {person} to rework the budget sheet.",
                 "Explain the cost in their terms, not in hours."),
    },
    "working_as_designed": {
        "fact": ("{fact}", "The ticket on the {feature} came from their {dept} team.",
                 "Other clients use the {feature} the same way.",
                 "The workaround takes about {n} minutes a day for their {dept} team.",
                 "The behaviour of the {feature} has not changed since go-live."),
        "quote": ("\"It looks like a bug to everyone here.\"",
                  "\"Nobody told us it was meant to work like that.\"",
                  "\"Our {dept} team loses time on this every day.\"",
                  "\"So we paid for something that does not do what we need?\"",
                  "\"Then the design is wrong for us.\"",
                  "\"Show me where the specification says so.\""),
        "concern": ("Worried their staff keep raising tickets about the {feature}.",
                    "Feels the specification was not explained at the start.",
                    "Concerned the workaround adds steps for {dept}.",
                    "Worried nobody explained how the {feature} was designed."),
        "question": ("Asked why the {feature} was designed this way.",
                     "Asked whether the intended behaviour can be switched off.",
                     "Asked how long they need the workaround.",
                     "Asked what a change to the {feature} would take.",
                     "Asked whether the workaround is safe for their {records}."),
        "decision": ("Agreed to keep the {feature} as it is and log a change request.",
                     "We walk their {dept} team through the workaround on {weekday}.",
                     "We write a one-page note on the intended behaviour.",
                     "Change request to be priced by {weekday}.",
                     "They try the workaround for {n} weeks, then decide."),
        "note": ("Do not call it a bug; explain the design and why.",
                 "Show the workaround on a shared screen next time.",
                 "Check the specification before the next call.",
                 "Ask {person} how other clients set up the {feature}.",
                 "They accepted the design once the reason was explained."),
    },
    "third_party_fault": {
        "fact": ("{fact}", "Their {dept} team noticed the held {records} first.",
                 "{vendor_cap} is on its own incident page since {weekday}.",
                 "We have used {vendor} for {n} years without a failure like this.",
                 "The backup supplier was not switched on in time."),
        "quote": ("\"We do not have a contract with {vendor}; we have one with you.\"",
                  "\"Is this supplier reliable at all?\"",
                  "\"Do not send me to them; I need you to sort it out.\"",
                  "\"How many of your other clients were hit by this?\"",
                  "\"Why did you pick this supplier?\"",
                  "\"I do not want to hear about the supplier; what are you doing?\""),
        "concern": ("Unsure whether {vendor} can be relied on.",
                    "Worried the supplier fails again during the {event}.",
                    "Concerned that {records} passed on by {vendor} are incomplete.",
                    "Worried the supplier contract gives them no protection."),
        "question": ("Asked whether we can switch to another supplier.",
                     "Asked what {vendor} has promised us.",
                     "Asked who pays for the extra work in {dept}.",
                     "Asked when we will hear back from the supplier.",
                     "Asked whether the backup supplier is ready now."),
        "decision": ("We chase {vendor} daily and report back at 16:00.",
                     "Backup supplier to be tested before the {event}.",
                     "We carry the supplier's costs for the re-run.",
                     "Escalated to {vendor}'s management today.",
                     "We re-run the held {records} tonight."),
        "note": ("Own it: we chose {vendor}; no blame on the supplier in the letter.",
                 "Check what {vendor} confirmed in writing.",
                 "Ask {person} to compare backup suppliers.",
                 "Keep the supplier's ticket number in the record.",
                 "They calmed down once we took ownership of the supplier failure."),
    },
    "outage": {
        "fact": ("{fact}", "Their {dept} team noticed the downtime first, on {weekday}.",
                 "The {system} is used by about {count} staff at their sites.",
                 "Monitoring showed the first errors at {clock}.",
                 "The downtime started during their busiest hour."),
        "quote": ("\"Our {dept} team sat idle for {hours} hours.\"",
                  "\"We had customers calling us and no answers to give.\"",
                  "\"How do we know it will not go down again?\"",
                  "\"We need the root cause, not just an apology.\"",
                  "\"Our customers saw an error page for hours.\"",
                  "\"Is it really stable now?\""),
        "concern": ("Worried about another outage during the {event}.",
                    "Afraid the {dept} team loses trust in the {system}.",
                    "Concerned that {records} from the downtime were processed twice.",
                    "Worried the root cause is not found before the {event}."),
        "question": ("Asked whether the {records} from {weekday} can be recovered.",
                     "Asked for the root cause in writing by {weekday}.",
                     "Asked why monitoring did not warn us earlier.",
                     "Asked how long a restore would take next time.",
                     "Asked whether a service credit covers the downtime."),
        "decision": ("Daily update at 9:00 until the root cause is fixed.",
                     "Incident report to them by {weekday}.",
                     "We test the failover with them present.",
                     "They recheck the {records} from the downtime window.",
                     "A named engineer is their contact until the root cause is closed."),
        "note": ("Root cause: say what we know and what we do not know yet.",
                 "Do not guess at the cause on the call.",
                 "Check with operations that the service stayed stable since the restore.",
                 "Ask {person} for the downtime timeline.",
                 "Relieved that service was restored quickly once the fault was found."),
    },
}
COMMON_NOTES: dict[str, tuple[str, ...]] = {
    "fact": (
        "They already told the {stakeholder}.",
        "Their own deadline is the {event} in {month}.",
        "Contract says monthly reports go to the {stakeholder}.",
        "Their {dept} team took the first calls from their own customers.",
    ),
    "quote": (
        "\"Honestly, we feel {feeling}.\"",
        "\"Why are we only hearing about this now?\"",
        "\"I need something in writing I can forward to the {stakeholder}.\"",
        "\"Thank you for calling instead of sending an email.\"",
    ),
    "concern": (
        "Their {stakeholder} may question the whole project.",
        "Worried about overtime in {dept} during the {event}.",
        "Worried how this looks to the {stakeholder}.",
    ),
    "question": (
        "Asked who else knows about this internally.",
        "Wants to know how often they will get updates.",
        "Asked what {amends} would include.",
    ),
    "decision": ("Agreed on {amends}.", "We introduce {measure}.",
                 "Written summary goes out today."),
    "note": (
        "Tone calmer after the plan was explained.",
        "Long silence after the news; let them speak.",
        "Call back {weekday} morning, before their {dept} meeting.",
        "Mention {measure} in the letter.",
        "Send the written summary the same day.",
    ),
}

# ------------------------------------------------------------------ next steps
STEPS: dict[str, tuple[str, ...]] = {
    "generic": (
        "Introduce the new account lead by email", "Send the new terms in writing",
        "Book the handover meeting with {person}", "Confirm the changed training dates with {dept}",
        "Answer the open questions on the contract",
    ),
    "delivery_delay": (
        "Confirm the new date for the {deliverable} in writing",
        "Share the revised schedule for the {deliverable}",
        "Send the first shipment of the {records} part",
        "Send the milestone plan to the {dept} team",
        "Check the schedule with the delivery lead",
    ),
    "budget_overrun": (
        "Send the line-by-line cost breakdown", "Approve the revised budget of {amount}",
        "Propose two scope options for {work}", "Send the updated estimate for phase two",
        "Share the monthly cost report",
    ),
    "working_as_designed": (
        "Send the note on the intended behaviour of the {feature}",
        "Walk the {dept} team through the workaround",
        "Price the change request for the {feature}", "Update the help text on the {feature}",
        "Confirm the specification section with {dept}",
    ),
    "third_party_fault": (
        "Send {vendor}'s written statement of the cause", "Test the backup supplier",
        "Chase {vendor} for a fix date",
        "Check the {records} held during the supplier failure",
        "Review our supplier contract with {vendor}",
    ),
    "outage": (
        "Deliver the root-cause report", "Send the downtime timeline to {dept}",
        "Test the failover with their {dept} team",
        "Check the {records} from the downtime window",
        "Confirm the {system} stayed stable for a week",
    ),
}
COMMON_STEPS = (
    "Send the written summary of today's call",
    "Book the review meeting with the {stakeholder}",
    "Set up {measure}",
    "Arrange {amends}",
    "Call back with an update",
)

# ------------------------------------------------------------------ prep
PREP: dict[str, dict[str, tuple[str, ...]]] = {
    "generic": {
        "facts_unknown": ("How their {dept} team will take the change.",
                          "Whether they will ask to renegotiate.",
                          "Who on their side signs off the new terms."),
        "impact": ("Their {dept} team works with new people from {month}.",
                   "Their costs change from {month}.",
                   "They have to tell their {stakeholder} about the change."),
        "plan": ("Explain the change, the date and the reason; offer a handover meeting.",
                 "Offer the old terms until the end of {month}.",
                 "Introduce {person} and agree how they stay informed."),
    },
    "delivery_delay": {
        "facts_unknown": ("Whether the new date holds if testing finds more.",
                          "How many of the failing cases block the first shipment.",
                          "Whether the {records} part can ship ahead of the rest."),
        "impact": ("Their {event} in {month} depends on the delivery date.",
                   "Their {dept} team has people booked for the original date.",
                   "They have to explain the delay to their {stakeholder}."),
        "plan": ("Ship the {records} part first; full delivery in {month}.",
                 "New date {weekday} {day} {month}, with a weekly schedule check.",
                 "Offer two options: a partial shipment now or everything {n} weeks later."),
    },
    "budget_overrun": {
        "facts_unknown": ("The final cost of {work}.",
                          "Whether their {stakeholder} can approve more budget this quarter.",
                          "Which parts of the scope they would give up."),
        "impact": ("Their budget for the year is fixed; the extra {amount} has to come from "
                   "elsewhere.",
                   "Their {stakeholder} approved the original figure and expects it to hold.",
                   "The {deliverable} may be cut back if the cost is not approved."),
        "plan": ("Offer two options: reduce scope or approve {amount} more.",
                 "Show the cost breakdown; move {work} to phase two.",
                 "Hold further billing until the new estimate is approved."),
    },
    "working_as_designed": {
        "facts_unknown": ("How many of their users hit the {feature} each day.",
                          "Whether a setting change is enough for them.",
                          "What a change request would take."),
        "impact": ("Their {dept} team loses time on extra steps.",
                   "Staff in {dept} think the product is broken.",
                   "They reported the {feature} to their {stakeholder} as a defect."),
        "plan": ("Explain the intended behaviour and why; show the workaround.",
                 "Offer a change request for the {feature}, priced and dated.",
                 "Set up the workaround with their {dept} team this week."),
    },
    "third_party_fault": {
        "facts_unknown": ("Whether {vendor} has found the cause.",
                          "When {vendor} will have a permanent fix.",
                          "How many {records} the supplier failure touched."),
        "impact": ("{count} {records} stuck while {vendor} was down.",
                   "Their {dept} team had to redo work by hand.",
                   "They have to explain a supplier failure to their {stakeholder}."),
        "plan": ("Take ownership; chase {vendor} daily; test the backup supplier.",
                 "Re-run the held {records}, then set up {measure}.",
                 "Move to the backup supplier if {vendor} fails again."),
    },
    "outage": {
        "facts_unknown": ("Why the failover did not start.",
                          "The root cause; the logs are still being read.",
                          "Whether any {records} were processed twice."),
        "impact": ("Their {dept} team could not work for {hours} hours.",
                   "Their customers could not reach them during the downtime.",
                   "They have to report the incident to their {stakeholder}."),
        "plan": ("Confirm the service is restored, recheck the {records}, then set up "
                 "{measure}.",
                 "Root-cause report by {weekday}; failover test next week.",
                 "Daily updates until the root cause is fixed."),
    },
}
COMMON_PREP: dict[str, tuple[str, ...]] = {
    "facts_known": ("{fact}", "{fact} {fact}"),
    "amends": ("{amends_cap}.", "Offer {amends}; fall back to {other_amends}."),
    "who_knows": (
        "{person}, delivery lead; {person}, account director.",
        "{person} and the management team.",
        "Only {person} so far.",
    ),
}

# ------------------------------------------------------------------ follow-up (the letter)
FOLLOW_UP: dict[str, dict[str, tuple[str, ...]]] = {
    "generic": {
        "what_it_means": ("From {month}, your contact is {person}; everything else stays as "
                          "agreed.",
                          "The new terms apply from {month}; your current work continues "
                          "unchanged.",
                          "Your {dept} team keeps the same service until the renewal."),
        "what_we_do": ("We hand over your account in a joint meeting, so nothing is lost.",
                       "We send you the new terms in writing with every change marked.",
                       "We keep {person} on your account until the handover is complete."),
        "what_we_need": ("Please tell us a date that suits you for the handover meeting.",
                         "Please confirm the new terms by {weekday}.",
                         "Nothing is needed from you at this point."),
    },
    "delivery_delay": {
        "what_it_means": ("The {deliverable} arrives on the new date; your {event} plan needs "
                          "one change.",
                          "Your {dept} team can start with the {records} part while the rest "
                          "follows.",
                          "There is no effect on your {records}; only the delivery date "
                          "changes."),
        "what_we_do": ("We deliver the {records} part first and the rest by {weekday} {day} "
                       "{month}.",
                       "We check the schedule every week and tell you at once if the date is "
                       "at risk.",
                       "Our team works on the {deliverable} with {person} as your single "
                       "contact."),
        "what_we_need": ("Please confirm the new date with your {stakeholder} by {weekday}.",
                         "Please tell us which part of the first shipment matters most to you.",
                         "Nothing is needed from you at this point."),
    },
    "budget_overrun": {
        "what_it_means": ("The {deliverable} costs {amount} more than agreed unless we change "
                          "the scope.",
                          "Your budget for this phase needs a decision by {weekday}.",
                          "Nothing is billed beyond the agreed budget until you approve."),
        "what_we_do": ("We have prepared a cost breakdown and two scope options.",
                       "We pause work on {work} until you decide.",
                       "We report cost against budget every month from now on."),
        "what_we_need": ("Please choose one of the two scope options by {weekday}.",
                         "Please confirm the revised budget with your {stakeholder}.",
                         "Please tell us which parts of the scope matter most."),
    },
    "working_as_designed": {
        "what_it_means": ("The {feature} works as designed; your data is safe.",
                          "Your {dept} team can use the workaround from today.",
                          "A change to the {feature} is possible as a separate request."),
        "what_we_do": ("We walk your {dept} team through the workaround on {weekday}.",
                       "We describe the intended behaviour of the {feature} in plain words.",
                       "We price the change request for the {feature} by {weekday}."),
        "what_we_need": ("Please tell us whether you want the change request priced.",
                         "Please name the people in {dept} who should join the walkthrough.",
                         "Nothing is needed from you at this point."),
    },
    "third_party_fault": {
        "what_it_means": ("The {records} held during the supplier failure are processed now.",
                          "Your {dept} team may see a few {records} arrive late.",
                          "Nothing changes for you: we remain responsible, whoever the "
                          "supplier is."),
        "what_we_do": ("We chase {vendor} daily and tell you what they find.",
                       "We are testing a backup supplier, so one failure cannot stop you "
                       "again.",
                       "We re-run all held {records} ourselves and check each one."),
        "what_we_need": ("Please tell us about any {records} that still look wrong.",
                         "Please tell us whether you want us to switch supplier.",
                         "Nothing is needed from you at this point."),
    },
    "outage": {
        "what_it_means": ("Your {dept} team may need to recheck {records} from the downtime "
                          "window.",
                          "Service is restored and stable; no {records} were lost.",
                          "No {records} were lost; some arrived up to {hours} hours late."),
        "what_we_do": ("We are checking all {records} from the downtime window one by one.",
                       "We are finding the root cause and will send it in writing by "
                       "{weekday}.",
                       "We test the failover every month from now on."),
        "what_we_need": ("Please send us any {records} your team believes are missing.",
                         "Please tell us if you see errors in the {system} since the restore.",
                         "Nothing is needed from you at this point."),
    },
}
COMMON_FOLLOW_UP: dict[str, tuple[str, ...]] = {
    "what_happened": ("{fact}", "{fact} {fact}"),
    "prevent_repeat": ("We introduce {measure}.", "From now on: {measure} and {other_measure}."),
    "amends": ("We offer {amends}.", "As agreed: {amends}."),
    "next_update": ("{weekday} at 10:00", "{weekday} {day} {month}", "end of next week"),
}
# fmt: on
