package vn.dienhong.model;

/** The two levels of local government since 1/7/2025. */
public enum CouncilLevel { PROVINCE, COMMUNE }
