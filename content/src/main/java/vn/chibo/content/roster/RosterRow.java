package vn.chibo.content.roster;

/** One data row as read from the file, untouched. {@code line} is the spreadsheet's row number. */
public record RosterRow(
        int line, String orgPath, String memberName, String memberStatus, String partyJoinDate, String role) {}
