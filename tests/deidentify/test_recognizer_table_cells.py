"""The cells of a table pasted into a note, read by their column's heading (issue 11)."""

from deidentify.allow_list import AllowList
from deidentify.recognizers.table_cells import TableCellRecognizer, cells, heading_type
from tests.deidentify.conftest import found

TABLE = TableCellRecognizer(AllowList.build(["Police"], frozenset()))


def test_headings_are_read_whatever_their_spelling():
    assert [heading_type(h) for h in ("Key worker", '"client_initials"', "DOB", "dob_year",
                                      " Phone ", "Notes", "Risk")] == [
        "PERSON", "PERSON", "DATE_OF_BIRTH", "DATE_OF_BIRTH", "PHONE_NUMBER", None, None]


def test_a_heading_of_two_joined_by_a_slash_takes_the_firsts_type():
    assert [heading_type(h) for h in ("Initials/code", "name / code", "YOB", "Postcode district",
                                      "seen by", "Items/returned")] == [
        "PERSON", "PERSON", "DATE_OF_BIRTH", "POSTCODE", "PERSON", None]


def test_a_markdown_rule_and_no_fixed_abode_are_no_values():
    text = ("| # | name / code | seen by | notes |\n|---|---|---|---|\n"
            "| 1 | Angel | RB | food bank |\n| 2 | nfa | Sue | shower |\n")
    assert found(TABLE, text) == [("Angel", "PERSON"), ("RB", "PERSON"), ("Sue", "PERSON")]


def test_a_comma_inside_quotes_does_not_split_a_cell():
    line = '"LC","rm 14, cedar",PO'
    assert [line[s:e] for s, e in cells(line, ",")] == ['"LC"', '"rm 14, cedar"', "PO"]


def test_cells_under_a_persons_or_a_numbers_heading_are_removed():
    text = ('"client_initials","dob_year","service","worker","note"\n'
            '"LC","1991","housing","PO","rm 14, cedar"\n"KD","1989","court prep","PO",""\n')
    assert found(TABLE, text) == [("LC", "PERSON"), ("1991", "DATE_OF_BIRTH"), ("PO", "PERSON"),
                                  ("KD", "PERSON"), ("1989", "DATE_OF_BIRTH"), ("PO", "PERSON")]


def test_a_pipe_table_under_a_title_line_keeps_titles_unknowns_and_allowed_words():
    text = ("MARAC 09/10/25 - Actions\nName | DOB | Risk | Key worker\n"
            "Mercy | unk (~25) | HIGH | DS Kwarteng\nZofia B. | n/k | MED | Police\n")
    assert found(TABLE, text) == [("Mercy", "PERSON"), ("Kwarteng", "PERSON"),
                                  ("Zofia B.", "PERSON")]


def test_prose_with_commas_and_a_table_without_known_headings_are_left():
    prose = "Saw Anna, Mo and Kev today, all fine.\nGave out packs, condoms, lube.\n"
    table = "Item | Count\nPacks | 12\nLube | 30\n"
    assert found(TABLE, prose) == [] and found(TABLE, table) == []


def test_a_table_aligned_with_spaces_is_read_by_the_heading_each_cell_stands_under():
    text = ("APPTS w/c 9 March\n\nDay   Time   Client         Worker     Where\n"
            "Mon   10:00  L. Corcoran    PO         Cedar House rm 14\n"
            "Mon   14:30  Hoa N.        PO+interp  Lantern\n\nNotes after the table: none.\n")
    assert found(TABLE, text) == [("L. Corcoran", "PERSON"), ("PO", "PERSON"),
                                  ("Cedar House rm 14", "LOCATION"), ("Hoa N.", "PERSON"),
                                  ("PO+interp", "PERSON"), ("Lantern", "LOCATION")]


def test_text_in_columns_without_known_headings_is_left():
    text = "Item     Count   Notes\nPacks    12      ok\nLube     30      fine\n"
    assert found(TABLE, text) == []


def test_a_sign_in_sheet_split_by_slashes_and_a_remark_after_a_name():
    text = ("name / first time? / wants\nCandy / n / food\n"
            "Ploy (via phone only, do not write surname) / n / call back thurs 1pm\nK / n / letter\n")
    assert found(TABLE, text) == [("Candy", "PERSON"), ("Ploy", "PERSON"), ("K", "PERSON")]


def test_lines_of_dates_with_slashes_are_no_table():
    assert found(TABLE, "Seen 14/3, next 21/3 with GP.\nSeen 15/3, next 22/3 with SW.\n") == []


def test_a_systems_columns_of_who_did_what_are_read_as_people():
    # an export's "aka", an audit log's "user", a call centre's "agent", any "... by" column
    assert [heading_type(h) for h in ("aka", "user", "agent", "created_by", "Booked by",
                                      "reported_by", "site", "near by", "by")] == [
        "PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "ESTABLISHMENT", None, None]
    text = ("call_id|start|cli|agent|disposition\n"
            "C2503201804|18:04|07700900219|hmarlowe|INFO\nC2503201937|19:37|WITHHELD|tquayle|ABANDONED\n")
    assert found(TABLE, text) == [("hmarlowe", "PERSON"), ("tquayle", "PERSON")]


def test_a_records_fields_are_read_by_their_keys():
    text = ('{"to":"+447700900511","vars":{"name":"Kerry-Ann","time":"14:20","site":"Vesper Rooms"},'
            '"aka": ["Sweet Rose", "Rosie"], "createdBy": "g.hallam", "status":"delivered"}\n'
            'LP-20882  name="Quayle, Dora"  aka=\'Dee\'  phone=""  user=tquayle  q=rose')
    assert found(TABLE, text) == [
        ("Kerry-Ann", "PERSON"), ("Vesper Rooms", "ESTABLISHMENT"), ("Sweet Rose", "PERSON"),
        ("Rosie", "PERSON"), ("g.hallam", "PERSON"), ("Quayle, Dora", "PERSON"), ("Dee", "PERSON"),
        ("tquayle", "PERSON")]


def test_a_systems_person_field_on_its_own_line_holds_a_name_and_nothing_else():
    text = ("Handler:        bholloway\nCaller name:    \"Precious\" (no surname given)\n"
            "User: all staff\nWorker: indoor, working from a flat\nAgent: not recorded today")
    assert found(TABLE, text) == [("bholloway", "PERSON"), ("Precious", "PERSON")]
