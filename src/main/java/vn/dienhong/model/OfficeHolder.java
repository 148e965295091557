package vn.dienhong.model;

/** Who presided or kept the minutes (chủ tọa, thư ký kỳ họp): the minutes name them. */
public record OfficeHolder(Role role, String name, String title) {
}
