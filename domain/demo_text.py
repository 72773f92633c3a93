"""Words and sentence templates for the sample data (domain/demo.py).

Kept apart from the generator so the logic stays readable. Templates name
their slots in braces; a slot is filled from the call's own context first
(its deliverable, system, vendor...) so one call tells one coherent story,
and from the word lists below otherwise, so search meets a varied vocabulary.
"""

from __future__ import annotations

# fmt: off
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
FIRST_NAMES = (
    "Anna", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kenji",
    "Laura", "Malik", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Samir", "Tess", "Umar",
    "Vera", "Wei", "Yusuf", "Zoe", "Marta", "Tom", "Leila", "Pavel", "Sofia",
)
LAST_NAMES = (
    "Keller", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Ferreira", "Novak", "Haddad", "Walsh",
    "Rossi", "Kowalski", "Nguyen", "Schmidt", "Costa", "Brennan", "Ibrahim", "Larsen", "Petrov",
)

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
        "let down", "embarrassed in front of the board", "worried about the timeline",
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
    "count": ("40", "120", "300", "850", "1,200", "3,000"),
    "records": ("orders", "invoices", "bookings", "customer records", "payments", "shipments"),
    "amends": (
        "two weeks of support at no charge", "a 10% reduction on this phase",
        "a free training session", "priority support until launch", "waiving the change fee",
        "a credit on next month's invoice", "an extra review workshop",
    ),
    "measure": (
        "a second review before each release", "an automatic alert on failed jobs",
        "a weekly risk check with the delivery lead", "a written change log for every release",
        "a fallback supplier", "load tests before every peak", "earlier warning on budget",
    ),
}

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
        "{vendor_cap} failure hit the {system}", "{vendor_cap} outage affects orders",
        "Problem at {vendor} delays the {deliverable}", "{system} errors caused by {vendor}",
    ),
    "outage": (
        "{system_cap} down for {hours} hours", "Incident on the {system} last {weekday}",
        "{system_cap} outage and lost {records}", "Service interruption: {system}",
    ),
}

FACTS: dict[str, tuple[str, ...]] = {
    "generic": (
        "The change takes effect at the start of {month}.",
        "Nothing changes for the {dept} team until the contract renews.",
    ),
    "delivery_delay": (
        "The {deliverable} misses the promised date; the new date is {weekday} {day} {month}.",
        "Testing found {count} failing cases in the {deliverable}.",
        "The part that handles {records} is finished and could ship early.",
        "We underestimated the work on the {deliverable} by about {n} weeks.",
    ),
    "budget_overrun": (
        "The estimate for {work} was {amount} short.",
        "We are {pct}% over the agreed budget on the {deliverable}.",
        "No further work will be billed until they approve the new figure.",
        "The overrun comes from {work}, which we scoped too thin.",
    ),
    "working_as_designed": (
        "The {feature} behaves as specified in the signed requirements.",
        "The {feature} was built this way to protect {records} from double entry.",
        "Changing the {feature} is possible as a change request.",
    ),
    "third_party_fault": (
        "{vendor_cap} failed at {hours} in the morning; we chose them, so it is ours to fix.",
        "{count} {records} were held while {vendor} was down.",
        "We have no confirmed cause from {vendor} yet.",
    ),
    "outage": (
        "The {system} was down for {hours} hours on {weekday}.",
        "{count} {records} were delayed; none were lost.",
        "Service was restored at {hours} in the afternoon and has been stable since.",
        "We do not yet know why the failover did not start.",
    ),
}

NOTES: dict[str, tuple[str, ...]] = {
    "fact": (
        "Confirmed {count} {records} affected so far.",
        "Their {dept} team noticed first, on {weekday}.",
        "Contract says monthly reports go to the {stakeholder}.",
        "They already told the {stakeholder} about the {event}.",
        "Their own deadline is the {event} in {month}.",
        "The {system} is used by about {count} staff at their sites.",
        "Workaround through the {dept} team has been running since {weekday}.",
    ),
    "quote": (
        "\"We promised this to our {stakeholder} for {month}.\"",
        "\"Honestly, we feel {feeling}.\"",
        "\"Why are we only hearing about this now?\"",
        "\"Our {dept} people will have to do this by hand.\"",
        "\"I need something in writing I can forward to the {stakeholder}.\"",
        "\"Thank you for calling instead of sending an email.\"",
        "\"If this happens again before the {event}, we will have to review the contract.\"",
        "\"Can you guarantee the new date?\"",
    ),
    "concern": (
        "Worried the {event} will be affected.",
        "Concerned about the cost of {work}.",
        "Their {stakeholder} may question the whole project.",
        "Afraid the {dept} team loses trust in the {system}.",
        "Unsure whether {vendor} can be relied on.",
        "Worried about overtime in {dept} during the {event}.",
    ),
    "question": (
        "Asked whether the {records} from {weekday} can be recovered.",
        "Asked who else knows about this internally.",
        "Asked if we can deliver part of it before the {event}.",
        "Wants to know how often they will get updates.",
        "Asked what {amends} would include.",
        "Asked for the root cause in writing by {weekday}.",
    ),
    "decision": (
        "Agreed on {amends}.",
        "Agreed to ship the {records} part first, the rest in {month}.",
        "They will approve the revised figure of {amount} by {weekday}.",
        "Daily update at 9:00 until this is closed.",
        "We introduce {measure}.",
        "Agreed to hold the {feature} as it is and log a change request.",
    ),
    "note": (
        "Tone calmer after the plan was explained.",
        "Check with the delivery lead about {work}.",
        "Call back {weekday} morning, before their {dept} meeting.",
        "Mention {measure} in the letter.",
        "Long silence after the news; let them speak.",
        "Ask {person} to prepare the figures for {dept}.",
    ),
}

STEPS = (
    "Send the written summary of today's call",
    "Share the revised plan for the {deliverable}",
    "Confirm the new date for the {deliverable} in writing",
    "Send the list of affected {records}",
    "Approve the revised budget of {amount}",
    "Provide test accounts for the {dept} team",
    "Deliver the root-cause report",
    "Book the review meeting with the {stakeholder}",
    "Set up {measure}",
    "Arrange {amends}",
    "Check the {records} export with {dept}",
    "Call back with an update on the {system}",
)

PREP = {
    "facts_known": ("{fact}", "{fact} {fact}"),
    "facts_unknown": (
        "Whether the new date holds if {vendor} slips again.",
        "The final cost of {work}.",
        "Exact number of {records} affected.",
        "Why the alert did not fire.",
    ),
    "impact": (
        "Their {event} in {month} depends on it.",
        "Their {dept} team works by hand until it is fixed.",
        "They have to explain it to their {stakeholder}.",
    ),
    "plan": (
        "Recover the {records}, then set up {measure}.",
        "Ship the {records} part first; full delivery in {month}.",
        "Offer two options: reduce scope or extend by {n} weeks.",
    ),
    "amends": ("{amends_cap}.", "Offer {amends}; fall back to {amends}."),
    "who_knows": (
        "{person}, delivery lead; {person}, account director.",
        "{person} and the management team.",
        "Only {person} so far.",
    ),
}

FOLLOW_UP = {
    "what_happened": ("{fact}", "{fact} {fact}"),
    "what_it_means": (
        "Your {dept} team may need to handle {records} by hand until {weekday}.",
        "The {event} plan needs one change: the {deliverable} arrives later.",
        "There is no effect on your {records}; only the timing changes.",
    ),
    "what_we_do": (
        "We are recovering the {records} and checking every one.",
        "Our team works on the {deliverable} with {person} as your single contact.",
        "We have put {measure} in place.",
    ),
    "what_we_need": (
        "Please confirm the new date with your {stakeholder} by {weekday}.",
        "Please send the list of affected {records} from your side.",
        "Nothing is needed from you at this point.",
    ),
    "prevent_repeat": ("We introduce {measure}.", "From now on: {measure} and {measure}."),
    "amends": ("We offer {amends}.", "As agreed: {amends}."),
    "next_update": ("{weekday} at 10:00", "{weekday} {day} {month}", "end of next week"),
}
# fmt: on
