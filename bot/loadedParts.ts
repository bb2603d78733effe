import { loadCatalogue, type Catalogue } from '../content/catalogue';
import { loadPackLibrary, type PackLibrary } from '../content/packs/packLibrary';
import { createPhrases, type Phrases } from '../dialogs/recognisers/phrases';
import { createCrisisScreen, type CrisisScreen } from '../safety/screen';

/** What the service loads from files at start-up and only reads after. */
export interface LoadedParts {
  catalogue: Catalogue;
  library: PackLibrary;
  screen: CrisisScreen;
  phrases: Phrases;
}

/** Loads what `LoadedParts` holds, except what is already `given`. */
export function loadParts(given: Partial<LoadedParts> = {}): LoadedParts {
  return {
    catalogue: given.catalogue ?? loadCatalogue(),
    library: given.library ?? loadPackLibrary(),
    screen: given.screen ?? createCrisisScreen(),
    phrases: given.phrases ?? createPhrases(),
  };
}
