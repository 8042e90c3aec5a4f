package nl.bijeen.content;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The dossiers, by theme id.
 */
interface Dossiers extends ListCrudRepository<Dossier, Long> {

}
