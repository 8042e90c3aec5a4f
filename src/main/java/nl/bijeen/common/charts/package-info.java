/**
 * Charts drawn on the server as SVG with the same figures as a table (dashboard, evaluation results): no
 * JavaScript, a text alternative for every chart. The records compute the geometry; the Thymeleaf fragments
 * {@code fragments/charts :: bars(chart)} and {@code fragments/charts :: line(chart)} draw it.
 */
package nl.bijeen.common.charts;
