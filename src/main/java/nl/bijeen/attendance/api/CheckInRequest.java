package nl.bijeen.attendance.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A scan: the check-in code as read from the QR code or typed (spaces, dashes and lower case allowed).
 */
public record CheckInRequest(@Schema(description = "The check-in code", example = "7K3M-Q9TX-2HBD") String code) {

}
