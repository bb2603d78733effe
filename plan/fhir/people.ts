import type { AnsweredBy, PreparationRecord } from '../record';
import { subjectName, textAnswer } from '../recordView';
import { ref, type FhirReference, type FhirResource } from './types';

/** The people of a Bundle: the person as Patient and, when a carer answered, the carer as RelatedPerson. */
export interface People {
  patient: FhirResource;
  carer?: FhirResource;
  patientRef: FhirReference;
  carerRef: FhirReference;
  /** The carer's reference for carer answers, when a carer answered; otherwise the person's. */
  who: (by: AnsweredBy) => FhirReference;
  /** Who wrote the preparation as a whole. */
  author: FhirReference;
}

export function peopleOf(record: PreparationRecord, patientId: string, carerId: string): People {
  const carerAnswered = Object.values(record.answers).some((answer) => answer.by === 'carer');
  const patientRef = ref(patientId);
  const carerRef = ref(carerId);
  const name = subjectName(record);
  const carerName = textAnswer(record, 'respondent.name');
  const relationship = textAnswer(record, 'respondent.relationship');
  return {
    patient: { resourceType: 'Patient', id: patientId, ...(name ? { name: [{ text: name }] } : {}) },
    carer: carerAnswered
      ? {
          resourceType: 'RelatedPerson',
          id: carerId,
          patient: patientRef,
          ...(relationship ? { relationship: [{ text: relationship }] } : {}),
          ...(carerName ? { name: [{ text: carerName }] } : {}),
        }
      : undefined,
    patientRef,
    carerRef,
    who: (by) => (by === 'carer' && carerAnswered ? carerRef : patientRef),
    author: carerAnswered ? carerRef : patientRef,
  };
}
