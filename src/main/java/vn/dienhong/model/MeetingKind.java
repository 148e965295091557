package vn.dienhong.model;

/** The kinds of meeting a council holds, from a plenary session to an urgent meeting. */
public enum MeetingKind { SESSION, STANDING_COMMITTEE, COMMITTEE, GROUP_DISCUSSION, URGENT }
