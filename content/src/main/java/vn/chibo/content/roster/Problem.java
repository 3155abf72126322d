package vn.chibo.content.roster;

/**
 * Why a file or a row cannot be imported. The English text is for the command line; chat renders the
 * Vietnamese sentence stored under {@code import.problem.<name in lower case>}.
 */
public enum Problem {
    UNREADABLE_FILE("the file is neither a readable .xlsx nor a UTF-8 .csv"),
    MISSING_COLUMNS("missing column(s): {0}"),
    NO_ROWS("the file has no data rows"),
    TOO_MANY_ROWS("the file has more than {0} rows"),
    FILE_TOO_LARGE("the file is larger than {0} MB (or unpacks to far more)"),
    ORG_PATH_MISSING("org_path is empty"),
    ORG_PATH_BAD_SEGMENT("org_path has an empty name between \" / \" separators"),
    UNIT_NAME_TOO_LONG("org_path names a unit \"{0}\" longer than {1} characters"),
    NAME_MISSING("member_name is empty"),
    NAME_TOO_LONG("member_name is longer than {0} characters"),
    STATUS_MISSING("member_status is empty (chính thức, dự bị or miễn sinh hoạt)"),
    STATUS_UNKNOWN("member_status \"{0}\" is not chính thức, dự bị or miễn sinh hoạt"),
    DATE_INVALID("party_join_date \"{0}\" is not a date written d/M/yyyy"),
    DATE_IN_FUTURE("party_join_date {0} is in the future"),
    DATE_TOO_EARLY("party_join_date {0} is before the Party was founded (3/2/1930)"),
    ROLE_UNKNOWN("role \"{0}\" is not secretary, deputy, leader, office or empty"),
    DUPLICATE_MEMBER("{0} is listed twice in {1} (also on row {2})"),
    CELL_AND_COMMITTEE("{0} is used both as a cell (it has members) and as a committee"),
    KIND_CHANGES("{0} already exists as a {1} and cannot become a {2}"),
    OUTSIDE_SCOPE("{0} is outside the part of the organisation you manage");

    private final String english;

    Problem(String english) {
        this.english = english;
    }

    public String english(Object... args) {
        return java.text.MessageFormat.format(english.replace("'", "''"), args);
    }

    public String messageKey() {
        return "import.problem." + name().toLowerCase();
    }
}
