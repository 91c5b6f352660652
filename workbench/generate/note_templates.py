"""Templates for synthetic notes, by style. `{slot}` marks a value filled in per note.

Slots that are identifiers become gold spans of the entity type whose line in the registry
(workbench/core/entity_types.py) names them; PLAIN_SLOTS are not identifiers and must survive
de-identification.
"""

PLAIN_SLOTS = ("agency", "language", "nationality", "car")

TEMPLATES: dict[str, tuple[str, ...]] = {
    "outreach_log": (
        "Outreach to {establishment} with {staff}. Saw {name} and two new women, gave condoms "
        "and lube. {name} says the maid changed last week. Left leaflets in {language}. "
        "Number for follow up {phone}.",
        "Visited flat at {flat}, {postcode}. {wname} answered, seemed tired, asked about "
        "{agency}. Another woman there introduced as {other}, did not speak. Will return on "
        "{date} with {interp} interpreting.",
        "Street outreach, {estate}. {name} ok, chatted for 10 mins, said a man in a {car} "
        "reg {reg} has been hanging around. Gave personal alarm. Her new number is {phone}.",
        "{establishment}: receptionist let us in. {wname} ({nationality}) wants clinic "
        "appointment, booked for {date}. Gave {agency} card. Works as {wname} on "
        "{url}.",
        "Quiet shift at {establishment} near {address}. Only {name} working. She asked us to "
        "text {phone} not call. Offered hep B at next clinic.",
        "outreach van {estate}. spoke to {name} - said she is staying with {other} at {flat}. "
        "worried about rent. referred to {agency}.",
        "Visited {establishment} ({postcode}). Met {name}, {nationality}, speaks little "
        "English. {interp} helped by phone. Insta {handle}. Gave kit and {agency} info.",
    ),
    "clinic_note": (
        "Seen by {staff}. {name}, DOB {dob}, clinic no {clinicno}. Full STI screen, "
        "accepted HIV test. Hep B dose given. {interp} interpreting ({language}). "
        "Results by text to {phone}.",
        "{name} attended with friend {other}. NHS no {nhs}. Asymptomatic, screen taken. "
        "Advised re PEP. Next appointment {date}. Prefers contact via {email}.",
        "Pt {name} (works as {wname}), {nationality}. Clinic number {clinicno}. Declined "
        "bloods today, took swabs. Not registered with GP, referred to {agency}. "
        "d.o.b. {dob}.",
        "Walk in. {name} DOB {dob}. Interpreter {interp} ({language}). Second dose hep B "
        "given. Says she is moving to {address} next month, new number {phone}.",
        "Telephone consult with {name} re results, confirmed identity with DOB {dob} and "
        "postcode {postcode}. Treatment arranged for {date} with {staff}.",
        "{name} reattended. NHS number {nhs}. Reports condom split with a client. Emergency "
        "contraception given. Follow-up with {staff} on {date}.",
    ),
    "casework_note": (
        "Casework with {name} and {interp} ({language}). Passport {passport} held by "
        "{other}, she says. Discussed {agency}. Home Office ref {horef}. Next meeting "
        "{date}.",
        "Phone call from {name} on {phone}. She has a letter from the Home Office, ref "
        "{horef}. Booked appointment with {agency} on {date}. NI number {nino}.",
        "Met {name} at drop-in. Helped with GP registration form: address {flat}, "
        "{postcode}. NHS no {nhs}. She wants English classes, referred to {agency}.",
        "{name} texted from {phone} asking for help with housing. Lives at {address} with "
        "partner {other}. Partner controls money. Discussed safety planning and {agency}.",
        "Drop-in. {wname} ({nationality}) brought her friend {other} who needs {agency}. "
        "{wname} email {email}. Passport no. {passport}. Follow up {date}.",
        "Supported {name} at {agency} appointment with {interp}. Asylum claim ref {horef}. "
        "DOB {dob}. Solicitor to call her on {phone}.",
        "{name} wants to apply for a NI number, has {nino} from before? Checked: her NI is "
        "{nino}. Advert still live at {url}, she wants it removed. Handle {handle}.",
    ),
    "ugly_mug": (
        "UGLY MUG. On {date} {name} (working as {wname}) was attacked by a client at "
        "{flat}. He called from {phone2}, white male 40s, drives a {car} reg {reg}. She "
        "reported to police, officer {police}. Share with {agency}.",
        "Ugly mug report from {wname}, {establishment}. Man calling himself {other} booked "
        "by text from {phone2}, refused to pay and took her phone. Not reported to police: "
        "she is scared about her status.",
        "Incident {date}: police raid at {establishment}, {address}. {name} and {other} "
        "taken to station, asked about passports. Officer {police}. {name} now staying with "
        "friend, contact {phone}.",
        "Warning: punter in {car}, reg {reg}, picks up on {estate}. Threatened {name} with a "
        "knife on {date}. Uses number {phone2}. She did report, {police} said no action.",
        "{wname} says a man who found her ad at {url} has been messaging {handle} and turned "
        "up at {flat}, {postcode}. Wants us to warn others. Has not told police.",
        "Robbery at {address} on {date}. {name} DOB {dob} hit by a client who said his name "
        "was {other}. Reported, crime ref given by {police}. Referred to {agency}.",
    ),
}

CARS = ("silver Ford Focus", "black BMW", "white van", "blue Vauxhall Corsa",
        "grey Audi A4", "red Nissan Micra", "dark green Range Rover")
