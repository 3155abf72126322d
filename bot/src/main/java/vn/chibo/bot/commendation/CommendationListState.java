package vn.chibo.bot.commendation;

import java.util.ArrayList;
import java.util.List;

/** Where /khenthuong_ds stands: its filters, its page, the picker open. Kept as JSON in the conversation. */
public final class CommendationListState {
    public Integer year;
    public String form;
    public String issuer;
    public String recipient;
    public int page;
    /** "year", "form", "issuer" or "entries" while a picker is open; null on the list. */
    public String picker;

    public List<String> options = new ArrayList<>();
    /** The commendation being corrected or deleted ("✏️ Sửa, xóa"); null on the list. */
    public Long correcting;
    /** The field whose new value is awaited, as {@code CorrectCommendations.Field}; null when none is asked. */
    public String field;
    /** Whether the deletion of {@link #correcting} is being asked. */
    public boolean deleting;
    /** What the list says above itself once, after a deletion or a refusal. */
    public String notice;
}
