package nl.bijeen.materials;

/**
 * A file an organiser sends.
 *
 * @param originalName the name the browser gave (only its base is used for the download name)
 */
public record Upload(MaterialOwner owner, String title, boolean registrantsOnly, String originalName, byte[] content) {

}
