package vn.dienhong.model;

/** Whether the chair has read or answered an opinion. */
public enum OpinionStatus {
    NEW, READ, ANSWERED
}
