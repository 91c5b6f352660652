"""A word of address that stands for one person where a note uses it as a name: "she owes
Madam", "frightened Uncle will find her", "the girls call her Auntie too".

A trafficker, a controller or a maid is often known only as "Madam" or "Uncle", and the word
then names them as a name would. It is one mid-sentence, capitalised, after a word that is
not a determiner, a possessive or a letter's greeting ("her Uncle lives in Leeds", "Dear Sir
or Madam" stay), and with no name after it (in "Uncle Kofi" it is a title, outside the name).
"""

from deidentify.recognizers.base import RegexRecognizer

_ADDRESS = r"Madam|Madame|Uncle|Auntie|Aunty|Mama|Papa"
# what a word of address is not a name after
_NOT_AFTER = (r"the|a|an|my|her|his|their|your|our|its|this|that|whose|dear|or|and|sir|no|to|"
              r"yes|you|thanks|me|hello|hi|sorry|ok|okay")


class AddressNameRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (
        ("address_word", r"(?<![\w'’-])(?!(?:" + _NOT_AFTER + r")[ ])[a-z]+[ ]"
                         r"(?P<v>" + _ADDRESS + r")(?![\w'’-]|[ \t]+[A-Z])", 0.6),
        # ... and after what someone is called: "the girls call her Auntie too"
        ("called", r"\b(?:call|calls|called|calling|know|knows|known)[ ](?:her|him|them|me|us)[ ]"
                   r"(?:as[ ])?(?P<v>" + _ADDRESS + r")(?![\w'’-]|[ \t]+[A-Z])", 0.6),
    )
