import { loadCoordinatorCommands, type CoordinatorCommands } from '../channels/teams/commands';
import { loadAppointmentPhrases, type AppointmentPhrases } from '../coordination/typedAppointment';
import { loadCatalogue, type Catalogue } from '../content/catalogue';
import { loadPackLibrary, type PackLibrary } from '../content/packs/packLibrary';
import { loadResultCatalogue, type ResultCatalogue } from '../content/results/resultCatalogue';
import { createCarerStrain, type CarerStrain } from '../dialogs/recognisers/carerStrain';
import { createPhrases, type Phrases } from '../dialogs/recognisers/phrases';
import { createCrisisScreen, type CrisisScreen } from '../safety/screen';

/** What the service loads from files at start-up and only reads after. */
export interface LoadedParts {
  catalogue: Catalogue;
  library: PackLibrary;
  screen: CrisisScreen;
  phrases: Phrases;
  /** A carer's words for strain (`content/carerStrain.yaml`, H346). */
  carerStrain: CarerStrain;
  /** The result measures (`content/results/measures.yaml`), before a service's own targets. */
  measures: ResultCatalogue;
  /** The lead contact's command words in Teams. */
  commands: CoordinatorCommands;
  /** The words around a visit date a lead contact types that the date recogniser leaves unread. */
  appointmentPhrases: AppointmentPhrases;
}

/** Loads what `LoadedParts` holds, except what is already `given`. */
export function loadParts(given: Partial<LoadedParts> = {}): LoadedParts {
  return {
    catalogue: given.catalogue ?? loadCatalogue(),
    library: given.library ?? loadPackLibrary(),
    screen: given.screen ?? createCrisisScreen(),
    phrases: given.phrases ?? createPhrases(),
    carerStrain: given.carerStrain ?? createCarerStrain(),
    measures: given.measures ?? loadResultCatalogue(),
    commands: given.commands ?? loadCoordinatorCommands(),
    appointmentPhrases: given.appointmentPhrases ?? loadAppointmentPhrases(),
  };
}
