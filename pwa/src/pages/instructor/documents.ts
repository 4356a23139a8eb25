import { graphql } from '../../graphql/generated';

// The instructor area's operations (class plans). Kept beside the pages that use them; codegen reads
// every graphql(`…`) call under pwa/src.

export const PlanSequenceFields = graphql(`
  fragment PlanSequenceFields on ClassPlanSequence {
    id order notes estimatedMinutes choreographyId
    choreography { id title difficulty duration posterUrl }
  }
`);

export const PlanFields = graphql(`
  fragment PlanFields on ClassPlan {
    id title difficulty estimatedDuration description instructorNotes sequenceCount sheetPath createdAt updatedAt
    sequences { ...PlanSequenceFields }
  }
`);

export const ClassPlansDocument = graphql(`
  query ClassPlans($difficulty: Difficulty, $sort: ClassPlanSort, $first: Int, $after: String) {
    classPlans(difficulty: $difficulty, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title difficulty estimatedDuration sequenceCount updatedAt } }
    }
    instructorStats { totalPlans uniqueChoreographies plansLast30Days averageSequencesPerPlan difficultyBreakdown { difficulty count } }
  }
`);

export const ClassPlanDocument = graphql(`
  query ClassPlan($id: ID!) { classPlan(id: $id) { ...PlanFields } }
`);

export const ClassPlanSummaryDocument = graphql(`
  query ClassPlanSummary($id: ID!) {
    classPlanSummary(id: $id) { totalSequences totalEstimatedMinutes difficultyBreakdown { difficulty count } }
  }
`);

export const CreateClassPlanDocument = graphql(`
  mutation CreateClassPlan($title: String!, $difficulty: Difficulty, $estimatedDuration: Int, $description: String, $instructorNotes: String) {
    createClassPlan(title: $title, difficulty: $difficulty, estimatedDuration: $estimatedDuration, description: $description, instructorNotes: $instructorNotes) { ...PlanFields }
  }
`);

export const UpdateClassPlanDocument = graphql(`
  mutation UpdateClassPlan($id: ID!, $title: String, $difficulty: Difficulty, $estimatedDuration: Int, $description: String, $instructorNotes: String) {
    updateClassPlan(id: $id, title: $title, difficulty: $difficulty, estimatedDuration: $estimatedDuration, description: $description, instructorNotes: $instructorNotes) { ...PlanFields }
  }
`);

export const DeleteClassPlanDocument = graphql(`
  mutation DeleteClassPlan($id: ID!) { deleteClassPlan(id: $id) }
`);

export const DuplicateClassPlanDocument = graphql(`
  mutation DuplicateClassPlan($id: ID!) { duplicateClassPlan(id: $id) { ...PlanFields } }
`);

export const AddToClassPlanDocument = graphql(`
  mutation AddToClassPlan($classPlanId: ID!, $choreographyId: ID!, $notes: String, $estimatedMinutes: Int) {
    addToClassPlan(classPlanId: $classPlanId, choreographyId: $choreographyId, notes: $notes, estimatedMinutes: $estimatedMinutes) { ...PlanSequenceFields }
  }
`);

export const RemoveFromClassPlanDocument = graphql(`
  mutation RemoveFromClassPlan($sequenceId: ID!) { removeFromClassPlan(sequenceId: $sequenceId) { ...PlanFields } }
`);

export const UpdateClassPlanSequenceDocument = graphql(`
  mutation UpdateClassPlanSequence($sequenceId: ID!, $notes: String, $estimatedMinutes: Int) {
    updateClassPlanSequence(sequenceId: $sequenceId, notes: $notes, estimatedMinutes: $estimatedMinutes) { ...PlanSequenceFields }
  }
`);

export const ReorderClassPlanDocument = graphql(`
  mutation ReorderClassPlan($classPlanId: ID!, $sequenceIds: [ID!]!) {
    reorderClassPlan(classPlanId: $classPlanId, sequenceIds: $sequenceIds) { ...PlanFields }
  }
`);

export const PickChoreographiesDocument = graphql(`
  query PickChoreographies($search: String, $after: String) {
    collections(search: $search, sort: TITLE, first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id title difficulty duration } }
    }
  }
`);
