package vn.dienhong.model;

/** The life of a vote: prepared, open for ballots, closed with a result, or cancelled (kept on the record). */
public enum VoteStatus { DRAFT, OPEN, CLOSED, CANCELLED }
