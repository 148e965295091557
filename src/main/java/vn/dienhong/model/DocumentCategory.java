package vn.dienhong.model;

/** Document categories, declared in the order a delegate expects to find them. */
public enum DocumentCategory {
    PROGRAM, REPORT, DRAFT_REPORT, PROPOSAL, DRAFT_RESOLUTION, VOTER_OPINIONS, DELEGATE_LIST, NOTICE, REFERENCE, PRESS
}
