package vn.dienhong.model;

/** Open votes put each delegate's choice on the record; secret ballots make it unknowable. */
public enum VoteForm { OPEN, SECRET }
