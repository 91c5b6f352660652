"""A word of address that stands for one person where a note uses it as a name: "she owes
Madam", "frightened Uncle will find her", "the girls call her Auntie too".

A trafficker, a controller or a maid is often known only as "Madam" or "Uncle", and the word
then names them as a name would. It is one:
- mid-sentence, capitalised, after a word that is not a determiner, a possessive, a greeting
  or a word of politeness ("her Uncle lives in Leeds", "Dear Sir or Madam", "pardon Madam"
  stay), its possessive too ("went to Madam's flat"), with no name after it (in "Uncle Kofi"
  it is a title, outside the name);
- opening a sentence, before what a person does ("Uncle took her passport");
- quoted ("known as 'Uncle'").
Once found, every other mention of the word capitalised in the note goes with it
(repeated_names). Mama and Papa are a note's parents far more often than anyone's controller
("sends money home to Mama"), and stay.

A day's or a month's name after a title is a nickname, as a regular is known by the day he
comes: '"Mr Tuesday" as she calls him' (a title is never a date's).
"""

import re

from deidentify.recognizers.base import RegexRecognizer

ADDRESS_WORDS = frozenset("madam madame uncle auntie aunty".split())
_ADDRESS = "|".join(w.title() for w in sorted(ADDRESS_WORDS))
# what a word of address is not a name after: a determiner, a possessive, a greeting, a word
# of politeness, a word for a woman or a man ("any older woman Auntie")
_NOT_AFTER = (r"the|a|an|my|her|his|their|your|our|its|this|that|whose|dear|or|sir|no|"
              r"yes|you|thanks|me|hello|hi|sorry|ok|okay|pardon|respected|esteemed|merci|gracias|"
              r"grazie|bonjour|morning|evening|afternoon|night|excuse|woman|women|man|men|lady|late")
# after the word: nothing of a word, or its possessive ("Madam's brother")
_END = r"(?:(?=['’]s\b)|(?![\w'’-]))(?![ \t]+[A-Z])"


class AddressNameRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    FLAGS = re.MULTILINE
    PATTERNS = (
        ("address_word", r"(?<![\w'’-])(?!(?:" + _NOT_AFTER + r")[ ])[a-z]+[ ]"
                         r"(?P<v>" + _ADDRESS + r")" + _END, 0.6),
        # ... and after what someone is called: "the girls call her Auntie too"
        ("called", r"\b(?:call|calls|called|calling|know|knows|known)[ ](?:her|him|them|me|us)[ ]"
                   r"(?:as[ ])?[\"“'‘]?(?P<v>" + _ADDRESS + r")" + _END, 0.6),
        # ... and opening a sentence before what a person does or a dash or bracket that says who
        # they are: "Uncle took her passport", "Uncle - the man who brought her - rang"
        ("acting", r"(?:^|(?<=[.!?][ ])|(?<=[.!?][ ][ ]))(?P<v>" + _ADDRESS + r")(?=[ \t]+(?:has|had|took|takes|said|says|"
                   r"told|tells|rang|rings|called|brought|brings|controls|controlled|keeps|kept|wants|wanted|"
                   r"drives|drove|sent|sends|threatened|threatens|made|makes|arranged|collects|collected|"
                   r"will|would|is|was)\b|[ \t]+[-–(])", 0.6),
        # ... and quoted, as a nickname is: "'Madam' has her passport", "known as 'Uncle'"
        ("quoted", r"[\"“'‘](?P<v>" + _ADDRESS + r")[\"”'’](?![ \t]+[A-Z])", 0.6),  # (not 'older male "Uncle" Ray')
        # a day or a month after a title (scored above the capitalised words' rules' 0.6, whose
        # find of the same word is dropped as a day's name that names nobody)
        ("titled_day", r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ ](?P<v>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|"
                       r"February|March|April|June|July|August|September|October|November|December)\b", 0.7),
    )
