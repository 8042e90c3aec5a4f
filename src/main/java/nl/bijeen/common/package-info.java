/**
 * Small helpers shared by all modules (slugs, HTML sanitising, time zone).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.bijeen.common;
