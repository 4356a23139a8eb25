/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ChoreographyDescriptionFields on ChoreographyDescription {\n    language interpreter preferMoves avoidMoves movesReason\n    difficulty { value reason fromRequest }\n    energyLevel { value reason fromRequest }\n    style { value reason fromRequest }\n    song { reason fromRequest song { id title artist bpm } }\n  }\n": typeof types.ChoreographyDescriptionFieldsFragmentDoc,
    "\n  query DescribeChoreography($text: String!) { describeChoreography(text: $text) { ...ChoreographyDescriptionFields } }\n": typeof types.DescribeChoreographyDocument,
    "\n  fragment UserFields on User {\n    id username email displayName dateJoined isInstructor\n    preferences { autoSaveChoreographies defaultDifficulty emailNotifications }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  fragment AuthFields on AuthPayload { accessToken refreshToken expiresIn user { ...UserFields } }\n": typeof types.AuthFieldsFragmentDoc,
    "\n  mutation Login($usernameOrEmail: String!, $password: String!) {\n    login(usernameOrEmail: $usernameOrEmail, password: $password) { ...AuthFields }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) { ...AuthFields }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Refresh($token: String!) { refreshToken(token: $token) { ...AuthFields } }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n": typeof types.LogoutDocument,
    "\n  query Me { me { ...UserFields } }\n": typeof types.MeDocument,
    "\n  mutation UpdateProfile($displayName: String, $email: String) {\n    updateProfile(displayName: $displayName, email: $email) { ...UserFields }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation UpdatePreferences($autoSaveChoreographies: Boolean, $defaultDifficulty: Difficulty, $emailNotifications: Boolean) {\n    updatePreferences(autoSaveChoreographies: $autoSaveChoreographies, defaultDifficulty: $defaultDifficulty, emailNotifications: $emailNotifications) { ...UserFields }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  fragment SongFields on Song { id title artist bpm duration genre isDemo isUpload analysed }\n": typeof types.SongFieldsFragmentDoc,
    "\n  query Songs($search: String, $bpmMin: Int, $bpmMax: Int, $first: Int, $after: String) {\n    songs(search: $search, bpmMin: $bpmMin, bpmMax: $bpmMax, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...SongFields } }\n    }\n  }\n": typeof types.SongsDocument,
    "\n  fragment TaskFields on ChoreographyTask {\n    id status progress stage message createdAt updatedAt songId savedChoreographyId\n    song { id title artist }\n    parameters { difficulty energyLevel style seed }\n    result { videoUrl posterUrl duration plan analysis countOffsetBeats lowCountConfidence }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  mutation Generate($input: GenerateChoreographyInput!) { generateChoreography(input: $input) { ...TaskFields } }\n": typeof types.GenerateDocument,
    "\n  query Task($id: ID!) { task(id: $id) { ...TaskFields } }\n": typeof types.TaskDocument,
    "\n  subscription TaskUpdated($taskId: ID!) { taskUpdated(taskId: $taskId) { ...TaskFields } }\n": typeof types.TaskUpdatedDocument,
    "\n  fragment TaskSummaryFields on ChoreographyTask {\n    id status progress stage message createdAt updatedAt songId savedChoreographyId\n    song { id title artist }\n    parameters { difficulty energyLevel style seed }\n    result { posterUrl duration }\n  }\n": typeof types.TaskSummaryFieldsFragmentDoc,
    "\n  query MyTasks($first: Int, $after: String, $status: TaskStatus) {\n    tasks(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...TaskSummaryFields } }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  subscription MyTaskUpdates { myTaskUpdates { ...TaskSummaryFields } }\n": typeof types.MyTaskUpdatesDocument,
    "\n  mutation DeleteTask($id: ID!) { deleteTask(id: $id) }\n": typeof types.DeleteTaskDocument,
    "\n  mutation CancelTask($id: ID!) { cancelTask(id: $id) { ...TaskFields } }\n": typeof types.CancelTaskDocument,
    "\n  query SongAudio($id: ID!) { song(id: $id) { id audioUrl duration } }\n": typeof types.SongAudioDocument,
    "\n  query SongCount($id: ID!) { song(id: $id) { id countOffsetBeats } }\n": typeof types.SongCountDocument,
    "\n  mutation SetCountCorrection($songId: ID!, $offsetBeats: Int!) { setCountCorrection(songId: $songId, offsetBeats: $offsetBeats) { id countOffsetBeats } }\n": typeof types.SetCountCorrectionDocument,
    "\n  fragment SavedFields on SavedChoreography {\n    id title difficulty notes duration createdAt videoUrl posterUrl videoStatus taskId musicInfo plan analysis\n  }\n": typeof types.SavedFieldsFragmentDoc,
    "\n  query Collections($difficulty: Difficulty, $search: String, $sort: CollectionSort, $first: Int, $after: String) {\n    collections(difficulty: $difficulty, search: $search, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title difficulty duration createdAt posterUrl videoStatus notes } }\n    }\n    collectionStats { totalCount totalDuration recentCount byDifficulty { difficulty count } }\n  }\n": typeof types.CollectionsDocument,
    "\n  query Collection($id: ID!) { collection(id: $id) { ...SavedFields } }\n": typeof types.CollectionDocument,
    "\n  mutation SaveChoreography($taskId: ID!, $title: String, $difficulty: Difficulty, $notes: String) {\n    saveChoreography(taskId: $taskId, title: $title, difficulty: $difficulty, notes: $notes) { ...SavedFields }\n  }\n": typeof types.SaveChoreographyDocument,
    "\n  mutation UpdateChoreography($id: ID!, $title: String, $difficulty: Difficulty, $notes: String) {\n    updateChoreography(id: $id, title: $title, difficulty: $difficulty, notes: $notes) { id title difficulty notes }\n  }\n": typeof types.UpdateChoreographyDocument,
    "\n  mutation DeleteChoreography($id: ID!) { deleteChoreography(id: $id) }\n": typeof types.DeleteChoreographyDocument,
    "\n  mutation DeleteAll { deleteAllChoreographies(confirm: true) }\n": typeof types.DeleteAllDocument,
    "\n  query HomeDemo {\n    homeDemo { status title artist bpm duration videoUrl posterUrl moves { name start end section beats } }\n  }\n": typeof types.HomeDemoDocument,
    "\n  fragment PlanSequenceFields on ClassPlanSequence {\n    id order notes estimatedMinutes choreographyId\n    choreography { id title difficulty duration posterUrl }\n  }\n": typeof types.PlanSequenceFieldsFragmentDoc,
    "\n  fragment PlanFields on ClassPlan {\n    id title difficulty estimatedDuration description instructorNotes sequenceCount sheetPath createdAt updatedAt\n    sequences { ...PlanSequenceFields }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query ClassPlans($difficulty: Difficulty, $sort: ClassPlanSort, $first: Int, $after: String) {\n    classPlans(difficulty: $difficulty, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title difficulty estimatedDuration sequenceCount updatedAt } }\n    }\n    instructorStats { totalPlans uniqueChoreographies plansLast30Days averageSequencesPerPlan difficultyBreakdown { difficulty count } }\n  }\n": typeof types.ClassPlansDocument,
    "\n  query ClassPlan($id: ID!) { classPlan(id: $id) { ...PlanFields } }\n": typeof types.ClassPlanDocument,
    "\n  query ClassPlanSummary($id: ID!) {\n    classPlanSummary(id: $id) { totalSequences totalEstimatedMinutes difficultyBreakdown { difficulty count } }\n  }\n": typeof types.ClassPlanSummaryDocument,
    "\n  mutation CreateClassPlan($title: String!, $difficulty: Difficulty, $estimatedDuration: Int, $description: String, $instructorNotes: String) {\n    createClassPlan(title: $title, difficulty: $difficulty, estimatedDuration: $estimatedDuration, description: $description, instructorNotes: $instructorNotes) { ...PlanFields }\n  }\n": typeof types.CreateClassPlanDocument,
    "\n  mutation UpdateClassPlan($id: ID!, $title: String, $difficulty: Difficulty, $estimatedDuration: Int, $description: String, $instructorNotes: String) {\n    updateClassPlan(id: $id, title: $title, difficulty: $difficulty, estimatedDuration: $estimatedDuration, description: $description, instructorNotes: $instructorNotes) { ...PlanFields }\n  }\n": typeof types.UpdateClassPlanDocument,
    "\n  mutation DeleteClassPlan($id: ID!) { deleteClassPlan(id: $id) }\n": typeof types.DeleteClassPlanDocument,
    "\n  mutation DuplicateClassPlan($id: ID!) { duplicateClassPlan(id: $id) { ...PlanFields } }\n": typeof types.DuplicateClassPlanDocument,
    "\n  mutation AddToClassPlan($classPlanId: ID!, $choreographyId: ID!, $notes: String, $estimatedMinutes: Int) {\n    addToClassPlan(classPlanId: $classPlanId, choreographyId: $choreographyId, notes: $notes, estimatedMinutes: $estimatedMinutes) { ...PlanSequenceFields }\n  }\n": typeof types.AddToClassPlanDocument,
    "\n  mutation RemoveFromClassPlan($sequenceId: ID!) { removeFromClassPlan(sequenceId: $sequenceId) { ...PlanFields } }\n": typeof types.RemoveFromClassPlanDocument,
    "\n  mutation UpdateClassPlanSequence($sequenceId: ID!, $notes: String, $estimatedMinutes: Int) {\n    updateClassPlanSequence(sequenceId: $sequenceId, notes: $notes, estimatedMinutes: $estimatedMinutes) { ...PlanSequenceFields }\n  }\n": typeof types.UpdateClassPlanSequenceDocument,
    "\n  mutation ReorderClassPlan($classPlanId: ID!, $sequenceIds: [ID!]!) {\n    reorderClassPlan(classPlanId: $classPlanId, sequenceIds: $sequenceIds) { ...PlanFields }\n  }\n": typeof types.ReorderClassPlanDocument,
    "\n  query PickChoreographies($search: String, $after: String) {\n    collections(search: $search, sort: TITLE, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title difficulty duration } }\n    }\n  }\n": typeof types.PickChoreographiesDocument,
};
const documents: Documents = {
    "\n  fragment ChoreographyDescriptionFields on ChoreographyDescription {\n    language interpreter preferMoves avoidMoves movesReason\n    difficulty { value reason fromRequest }\n    energyLevel { value reason fromRequest }\n    style { value reason fromRequest }\n    song { reason fromRequest song { id title artist bpm } }\n  }\n": types.ChoreographyDescriptionFieldsFragmentDoc,
    "\n  query DescribeChoreography($text: String!) { describeChoreography(text: $text) { ...ChoreographyDescriptionFields } }\n": types.DescribeChoreographyDocument,
    "\n  fragment UserFields on User {\n    id username email displayName dateJoined isInstructor\n    preferences { autoSaveChoreographies defaultDifficulty emailNotifications }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  fragment AuthFields on AuthPayload { accessToken refreshToken expiresIn user { ...UserFields } }\n": types.AuthFieldsFragmentDoc,
    "\n  mutation Login($usernameOrEmail: String!, $password: String!) {\n    login(usernameOrEmail: $usernameOrEmail, password: $password) { ...AuthFields }\n  }\n": types.LoginDocument,
    "\n  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) { ...AuthFields }\n  }\n": types.RegisterDocument,
    "\n  mutation Refresh($token: String!) { refreshToken(token: $token) { ...AuthFields } }\n": types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n": types.LogoutDocument,
    "\n  query Me { me { ...UserFields } }\n": types.MeDocument,
    "\n  mutation UpdateProfile($displayName: String, $email: String) {\n    updateProfile(displayName: $displayName, email: $email) { ...UserFields }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation UpdatePreferences($autoSaveChoreographies: Boolean, $defaultDifficulty: Difficulty, $emailNotifications: Boolean) {\n    updatePreferences(autoSaveChoreographies: $autoSaveChoreographies, defaultDifficulty: $defaultDifficulty, emailNotifications: $emailNotifications) { ...UserFields }\n  }\n": types.UpdatePreferencesDocument,
    "\n  fragment SongFields on Song { id title artist bpm duration genre isDemo isUpload analysed }\n": types.SongFieldsFragmentDoc,
    "\n  query Songs($search: String, $bpmMin: Int, $bpmMax: Int, $first: Int, $after: String) {\n    songs(search: $search, bpmMin: $bpmMin, bpmMax: $bpmMax, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...SongFields } }\n    }\n  }\n": types.SongsDocument,
    "\n  fragment TaskFields on ChoreographyTask {\n    id status progress stage message createdAt updatedAt songId savedChoreographyId\n    song { id title artist }\n    parameters { difficulty energyLevel style seed }\n    result { videoUrl posterUrl duration plan analysis countOffsetBeats lowCountConfidence }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  mutation Generate($input: GenerateChoreographyInput!) { generateChoreography(input: $input) { ...TaskFields } }\n": types.GenerateDocument,
    "\n  query Task($id: ID!) { task(id: $id) { ...TaskFields } }\n": types.TaskDocument,
    "\n  subscription TaskUpdated($taskId: ID!) { taskUpdated(taskId: $taskId) { ...TaskFields } }\n": types.TaskUpdatedDocument,
    "\n  fragment TaskSummaryFields on ChoreographyTask {\n    id status progress stage message createdAt updatedAt songId savedChoreographyId\n    song { id title artist }\n    parameters { difficulty energyLevel style seed }\n    result { posterUrl duration }\n  }\n": types.TaskSummaryFieldsFragmentDoc,
    "\n  query MyTasks($first: Int, $after: String, $status: TaskStatus) {\n    tasks(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...TaskSummaryFields } }\n    }\n  }\n": types.MyTasksDocument,
    "\n  subscription MyTaskUpdates { myTaskUpdates { ...TaskSummaryFields } }\n": types.MyTaskUpdatesDocument,
    "\n  mutation DeleteTask($id: ID!) { deleteTask(id: $id) }\n": types.DeleteTaskDocument,
    "\n  mutation CancelTask($id: ID!) { cancelTask(id: $id) { ...TaskFields } }\n": types.CancelTaskDocument,
    "\n  query SongAudio($id: ID!) { song(id: $id) { id audioUrl duration } }\n": types.SongAudioDocument,
    "\n  query SongCount($id: ID!) { song(id: $id) { id countOffsetBeats } }\n": types.SongCountDocument,
    "\n  mutation SetCountCorrection($songId: ID!, $offsetBeats: Int!) { setCountCorrection(songId: $songId, offsetBeats: $offsetBeats) { id countOffsetBeats } }\n": types.SetCountCorrectionDocument,
    "\n  fragment SavedFields on SavedChoreography {\n    id title difficulty notes duration createdAt videoUrl posterUrl videoStatus taskId musicInfo plan analysis\n  }\n": types.SavedFieldsFragmentDoc,
    "\n  query Collections($difficulty: Difficulty, $search: String, $sort: CollectionSort, $first: Int, $after: String) {\n    collections(difficulty: $difficulty, search: $search, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title difficulty duration createdAt posterUrl videoStatus notes } }\n    }\n    collectionStats { totalCount totalDuration recentCount byDifficulty { difficulty count } }\n  }\n": types.CollectionsDocument,
    "\n  query Collection($id: ID!) { collection(id: $id) { ...SavedFields } }\n": types.CollectionDocument,
    "\n  mutation SaveChoreography($taskId: ID!, $title: String, $difficulty: Difficulty, $notes: String) {\n    saveChoreography(taskId: $taskId, title: $title, difficulty: $difficulty, notes: $notes) { ...SavedFields }\n  }\n": types.SaveChoreographyDocument,
    "\n  mutation UpdateChoreography($id: ID!, $title: String, $difficulty: Difficulty, $notes: String) {\n    updateChoreography(id: $id, title: $title, difficulty: $difficulty, notes: $notes) { id title difficulty notes }\n  }\n": types.UpdateChoreographyDocument,
    "\n  mutation DeleteChoreography($id: ID!) { deleteChoreography(id: $id) }\n": types.DeleteChoreographyDocument,
    "\n  mutation DeleteAll { deleteAllChoreographies(confirm: true) }\n": types.DeleteAllDocument,
    "\n  query HomeDemo {\n    homeDemo { status title artist bpm duration videoUrl posterUrl moves { name start end section beats } }\n  }\n": types.HomeDemoDocument,
    "\n  fragment PlanSequenceFields on ClassPlanSequence {\n    id order notes estimatedMinutes choreographyId\n    choreography { id title difficulty duration posterUrl }\n  }\n": types.PlanSequenceFieldsFragmentDoc,
    "\n  fragment PlanFields on ClassPlan {\n    id title difficulty estimatedDuration description instructorNotes sequenceCount sheetPath createdAt updatedAt\n    sequences { ...PlanSequenceFields }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query ClassPlans($difficulty: Difficulty, $sort: ClassPlanSort, $first: Int, $after: String) {\n    classPlans(difficulty: $difficulty, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title difficulty estimatedDuration sequenceCount updatedAt } }\n    }\n    instructorStats { totalPlans uniqueChoreographies plansLast30Days averageSequencesPerPlan difficultyBreakdown { difficulty count } }\n  }\n": types.ClassPlansDocument,
    "\n  query ClassPlan($id: ID!) { classPlan(id: $id) { ...PlanFields } }\n": types.ClassPlanDocument,
    "\n  query ClassPlanSummary($id: ID!) {\n    classPlanSummary(id: $id) { totalSequences totalEstimatedMinutes difficultyBreakdown { difficulty count } }\n  }\n": types.ClassPlanSummaryDocument,
    "\n  mutation CreateClassPlan($title: String!, $difficulty: Difficulty, $estimatedDuration: Int, $description: String, $instructorNotes: String) {\n    createClassPlan(title: $title, difficulty: $difficulty, estimatedDuration: $estimatedDuration, description: $description, instructorNotes: $instructorNotes) { ...PlanFields }\n  }\n": types.CreateClassPlanDocument,
    "\n  mutation UpdateClassPlan($id: ID!, $title: String, $difficulty: Difficulty, $estimatedDuration: Int, $description: String, $instructorNotes: String) {\n    updateClassPlan(id: $id, title: $title, difficulty: $difficulty, estimatedDuration: $estimatedDuration, description: $description, instructorNotes: $instructorNotes) { ...PlanFields }\n  }\n": types.UpdateClassPlanDocument,
    "\n  mutation DeleteClassPlan($id: ID!) { deleteClassPlan(id: $id) }\n": types.DeleteClassPlanDocument,
    "\n  mutation DuplicateClassPlan($id: ID!) { duplicateClassPlan(id: $id) { ...PlanFields } }\n": types.DuplicateClassPlanDocument,
    "\n  mutation AddToClassPlan($classPlanId: ID!, $choreographyId: ID!, $notes: String, $estimatedMinutes: Int) {\n    addToClassPlan(classPlanId: $classPlanId, choreographyId: $choreographyId, notes: $notes, estimatedMinutes: $estimatedMinutes) { ...PlanSequenceFields }\n  }\n": types.AddToClassPlanDocument,
    "\n  mutation RemoveFromClassPlan($sequenceId: ID!) { removeFromClassPlan(sequenceId: $sequenceId) { ...PlanFields } }\n": types.RemoveFromClassPlanDocument,
    "\n  mutation UpdateClassPlanSequence($sequenceId: ID!, $notes: String, $estimatedMinutes: Int) {\n    updateClassPlanSequence(sequenceId: $sequenceId, notes: $notes, estimatedMinutes: $estimatedMinutes) { ...PlanSequenceFields }\n  }\n": types.UpdateClassPlanSequenceDocument,
    "\n  mutation ReorderClassPlan($classPlanId: ID!, $sequenceIds: [ID!]!) {\n    reorderClassPlan(classPlanId: $classPlanId, sequenceIds: $sequenceIds) { ...PlanFields }\n  }\n": types.ReorderClassPlanDocument,
    "\n  query PickChoreographies($search: String, $after: String) {\n    collections(search: $search, sort: TITLE, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title difficulty duration } }\n    }\n  }\n": types.PickChoreographiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChoreographyDescriptionFields on ChoreographyDescription {\n    language interpreter preferMoves avoidMoves movesReason\n    difficulty { value reason fromRequest }\n    energyLevel { value reason fromRequest }\n    style { value reason fromRequest }\n    song { reason fromRequest song { id title artist bpm } }\n  }\n"): (typeof documents)["\n  fragment ChoreographyDescriptionFields on ChoreographyDescription {\n    language interpreter preferMoves avoidMoves movesReason\n    difficulty { value reason fromRequest }\n    energyLevel { value reason fromRequest }\n    style { value reason fromRequest }\n    song { reason fromRequest song { id title artist bpm } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DescribeChoreography($text: String!) { describeChoreography(text: $text) { ...ChoreographyDescriptionFields } }\n"): (typeof documents)["\n  query DescribeChoreography($text: String!) { describeChoreography(text: $text) { ...ChoreographyDescriptionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id username email displayName dateJoined isInstructor\n    preferences { autoSaveChoreographies defaultDifficulty emailNotifications }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id username email displayName dateJoined isInstructor\n    preferences { autoSaveChoreographies defaultDifficulty emailNotifications }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthFields on AuthPayload { accessToken refreshToken expiresIn user { ...UserFields } }\n"): (typeof documents)["\n  fragment AuthFields on AuthPayload { accessToken refreshToken expiresIn user { ...UserFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($usernameOrEmail: String!, $password: String!) {\n    login(usernameOrEmail: $usernameOrEmail, password: $password) { ...AuthFields }\n  }\n"): (typeof documents)["\n  mutation Login($usernameOrEmail: String!, $password: String!) {\n    login(usernameOrEmail: $usernameOrEmail, password: $password) { ...AuthFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) { ...AuthFields }\n  }\n"): (typeof documents)["\n  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {\n    register(username: $username, email: $email, password: $password, displayName: $displayName) { ...AuthFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($token: String!) { refreshToken(token: $token) { ...AuthFields } }\n"): (typeof documents)["\n  mutation Refresh($token: String!) { refreshToken(token: $token) { ...AuthFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { ...UserFields } }\n"): (typeof documents)["\n  query Me { me { ...UserFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($displayName: String, $email: String) {\n    updateProfile(displayName: $displayName, email: $email) { ...UserFields }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($displayName: String, $email: String) {\n    updateProfile(displayName: $displayName, email: $email) { ...UserFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($autoSaveChoreographies: Boolean, $defaultDifficulty: Difficulty, $emailNotifications: Boolean) {\n    updatePreferences(autoSaveChoreographies: $autoSaveChoreographies, defaultDifficulty: $defaultDifficulty, emailNotifications: $emailNotifications) { ...UserFields }\n  }\n"): (typeof documents)["\n  mutation UpdatePreferences($autoSaveChoreographies: Boolean, $defaultDifficulty: Difficulty, $emailNotifications: Boolean) {\n    updatePreferences(autoSaveChoreographies: $autoSaveChoreographies, defaultDifficulty: $defaultDifficulty, emailNotifications: $emailNotifications) { ...UserFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SongFields on Song { id title artist bpm duration genre isDemo isUpload analysed }\n"): (typeof documents)["\n  fragment SongFields on Song { id title artist bpm duration genre isDemo isUpload analysed }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Songs($search: String, $bpmMin: Int, $bpmMax: Int, $first: Int, $after: String) {\n    songs(search: $search, bpmMin: $bpmMin, bpmMax: $bpmMax, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...SongFields } }\n    }\n  }\n"): (typeof documents)["\n  query Songs($search: String, $bpmMin: Int, $bpmMax: Int, $first: Int, $after: String) {\n    songs(search: $search, bpmMin: $bpmMin, bpmMax: $bpmMax, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...SongFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on ChoreographyTask {\n    id status progress stage message createdAt updatedAt songId savedChoreographyId\n    song { id title artist }\n    parameters { difficulty energyLevel style seed }\n    result { videoUrl posterUrl duration plan analysis countOffsetBeats lowCountConfidence }\n  }\n"): (typeof documents)["\n  fragment TaskFields on ChoreographyTask {\n    id status progress stage message createdAt updatedAt songId savedChoreographyId\n    song { id title artist }\n    parameters { difficulty energyLevel style seed }\n    result { videoUrl posterUrl duration plan analysis countOffsetBeats lowCountConfidence }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Generate($input: GenerateChoreographyInput!) { generateChoreography(input: $input) { ...TaskFields } }\n"): (typeof documents)["\n  mutation Generate($input: GenerateChoreographyInput!) { generateChoreography(input: $input) { ...TaskFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Task($id: ID!) { task(id: $id) { ...TaskFields } }\n"): (typeof documents)["\n  query Task($id: ID!) { task(id: $id) { ...TaskFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskUpdated($taskId: ID!) { taskUpdated(taskId: $taskId) { ...TaskFields } }\n"): (typeof documents)["\n  subscription TaskUpdated($taskId: ID!) { taskUpdated(taskId: $taskId) { ...TaskFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskSummaryFields on ChoreographyTask {\n    id status progress stage message createdAt updatedAt songId savedChoreographyId\n    song { id title artist }\n    parameters { difficulty energyLevel style seed }\n    result { posterUrl duration }\n  }\n"): (typeof documents)["\n  fragment TaskSummaryFields on ChoreographyTask {\n    id status progress stage message createdAt updatedAt songId savedChoreographyId\n    song { id title artist }\n    parameters { difficulty energyLevel style seed }\n    result { posterUrl duration }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($first: Int, $after: String, $status: TaskStatus) {\n    tasks(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...TaskSummaryFields } }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($first: Int, $after: String, $status: TaskStatus) {\n    tasks(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...TaskSummaryFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyTaskUpdates { myTaskUpdates { ...TaskSummaryFields } }\n"): (typeof documents)["\n  subscription MyTaskUpdates { myTaskUpdates { ...TaskSummaryFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTask($id: ID!) { deleteTask(id: $id) }\n"): (typeof documents)["\n  mutation DeleteTask($id: ID!) { deleteTask(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTask($id: ID!) { cancelTask(id: $id) { ...TaskFields } }\n"): (typeof documents)["\n  mutation CancelTask($id: ID!) { cancelTask(id: $id) { ...TaskFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SongAudio($id: ID!) { song(id: $id) { id audioUrl duration } }\n"): (typeof documents)["\n  query SongAudio($id: ID!) { song(id: $id) { id audioUrl duration } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SongCount($id: ID!) { song(id: $id) { id countOffsetBeats } }\n"): (typeof documents)["\n  query SongCount($id: ID!) { song(id: $id) { id countOffsetBeats } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCountCorrection($songId: ID!, $offsetBeats: Int!) { setCountCorrection(songId: $songId, offsetBeats: $offsetBeats) { id countOffsetBeats } }\n"): (typeof documents)["\n  mutation SetCountCorrection($songId: ID!, $offsetBeats: Int!) { setCountCorrection(songId: $songId, offsetBeats: $offsetBeats) { id countOffsetBeats } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedFields on SavedChoreography {\n    id title difficulty notes duration createdAt videoUrl posterUrl videoStatus taskId musicInfo plan analysis\n  }\n"): (typeof documents)["\n  fragment SavedFields on SavedChoreography {\n    id title difficulty notes duration createdAt videoUrl posterUrl videoStatus taskId musicInfo plan analysis\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collections($difficulty: Difficulty, $search: String, $sort: CollectionSort, $first: Int, $after: String) {\n    collections(difficulty: $difficulty, search: $search, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title difficulty duration createdAt posterUrl videoStatus notes } }\n    }\n    collectionStats { totalCount totalDuration recentCount byDifficulty { difficulty count } }\n  }\n"): (typeof documents)["\n  query Collections($difficulty: Difficulty, $search: String, $sort: CollectionSort, $first: Int, $after: String) {\n    collections(difficulty: $difficulty, search: $search, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title difficulty duration createdAt posterUrl videoStatus notes } }\n    }\n    collectionStats { totalCount totalDuration recentCount byDifficulty { difficulty count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collection($id: ID!) { collection(id: $id) { ...SavedFields } }\n"): (typeof documents)["\n  query Collection($id: ID!) { collection(id: $id) { ...SavedFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveChoreography($taskId: ID!, $title: String, $difficulty: Difficulty, $notes: String) {\n    saveChoreography(taskId: $taskId, title: $title, difficulty: $difficulty, notes: $notes) { ...SavedFields }\n  }\n"): (typeof documents)["\n  mutation SaveChoreography($taskId: ID!, $title: String, $difficulty: Difficulty, $notes: String) {\n    saveChoreography(taskId: $taskId, title: $title, difficulty: $difficulty, notes: $notes) { ...SavedFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChoreography($id: ID!, $title: String, $difficulty: Difficulty, $notes: String) {\n    updateChoreography(id: $id, title: $title, difficulty: $difficulty, notes: $notes) { id title difficulty notes }\n  }\n"): (typeof documents)["\n  mutation UpdateChoreography($id: ID!, $title: String, $difficulty: Difficulty, $notes: String) {\n    updateChoreography(id: $id, title: $title, difficulty: $difficulty, notes: $notes) { id title difficulty notes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChoreography($id: ID!) { deleteChoreography(id: $id) }\n"): (typeof documents)["\n  mutation DeleteChoreography($id: ID!) { deleteChoreography(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAll { deleteAllChoreographies(confirm: true) }\n"): (typeof documents)["\n  mutation DeleteAll { deleteAllChoreographies(confirm: true) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeDemo {\n    homeDemo { status title artist bpm duration videoUrl posterUrl moves { name start end section beats } }\n  }\n"): (typeof documents)["\n  query HomeDemo {\n    homeDemo { status title artist bpm duration videoUrl posterUrl moves { name start end section beats } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanSequenceFields on ClassPlanSequence {\n    id order notes estimatedMinutes choreographyId\n    choreography { id title difficulty duration posterUrl }\n  }\n"): (typeof documents)["\n  fragment PlanSequenceFields on ClassPlanSequence {\n    id order notes estimatedMinutes choreographyId\n    choreography { id title difficulty duration posterUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on ClassPlan {\n    id title difficulty estimatedDuration description instructorNotes sequenceCount sheetPath createdAt updatedAt\n    sequences { ...PlanSequenceFields }\n  }\n"): (typeof documents)["\n  fragment PlanFields on ClassPlan {\n    id title difficulty estimatedDuration description instructorNotes sequenceCount sheetPath createdAt updatedAt\n    sequences { ...PlanSequenceFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassPlans($difficulty: Difficulty, $sort: ClassPlanSort, $first: Int, $after: String) {\n    classPlans(difficulty: $difficulty, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title difficulty estimatedDuration sequenceCount updatedAt } }\n    }\n    instructorStats { totalPlans uniqueChoreographies plansLast30Days averageSequencesPerPlan difficultyBreakdown { difficulty count } }\n  }\n"): (typeof documents)["\n  query ClassPlans($difficulty: Difficulty, $sort: ClassPlanSort, $first: Int, $after: String) {\n    classPlans(difficulty: $difficulty, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title difficulty estimatedDuration sequenceCount updatedAt } }\n    }\n    instructorStats { totalPlans uniqueChoreographies plansLast30Days averageSequencesPerPlan difficultyBreakdown { difficulty count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassPlan($id: ID!) { classPlan(id: $id) { ...PlanFields } }\n"): (typeof documents)["\n  query ClassPlan($id: ID!) { classPlan(id: $id) { ...PlanFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassPlanSummary($id: ID!) {\n    classPlanSummary(id: $id) { totalSequences totalEstimatedMinutes difficultyBreakdown { difficulty count } }\n  }\n"): (typeof documents)["\n  query ClassPlanSummary($id: ID!) {\n    classPlanSummary(id: $id) { totalSequences totalEstimatedMinutes difficultyBreakdown { difficulty count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClassPlan($title: String!, $difficulty: Difficulty, $estimatedDuration: Int, $description: String, $instructorNotes: String) {\n    createClassPlan(title: $title, difficulty: $difficulty, estimatedDuration: $estimatedDuration, description: $description, instructorNotes: $instructorNotes) { ...PlanFields }\n  }\n"): (typeof documents)["\n  mutation CreateClassPlan($title: String!, $difficulty: Difficulty, $estimatedDuration: Int, $description: String, $instructorNotes: String) {\n    createClassPlan(title: $title, difficulty: $difficulty, estimatedDuration: $estimatedDuration, description: $description, instructorNotes: $instructorNotes) { ...PlanFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClassPlan($id: ID!, $title: String, $difficulty: Difficulty, $estimatedDuration: Int, $description: String, $instructorNotes: String) {\n    updateClassPlan(id: $id, title: $title, difficulty: $difficulty, estimatedDuration: $estimatedDuration, description: $description, instructorNotes: $instructorNotes) { ...PlanFields }\n  }\n"): (typeof documents)["\n  mutation UpdateClassPlan($id: ID!, $title: String, $difficulty: Difficulty, $estimatedDuration: Int, $description: String, $instructorNotes: String) {\n    updateClassPlan(id: $id, title: $title, difficulty: $difficulty, estimatedDuration: $estimatedDuration, description: $description, instructorNotes: $instructorNotes) { ...PlanFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClassPlan($id: ID!) { deleteClassPlan(id: $id) }\n"): (typeof documents)["\n  mutation DeleteClassPlan($id: ID!) { deleteClassPlan(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateClassPlan($id: ID!) { duplicateClassPlan(id: $id) { ...PlanFields } }\n"): (typeof documents)["\n  mutation DuplicateClassPlan($id: ID!) { duplicateClassPlan(id: $id) { ...PlanFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToClassPlan($classPlanId: ID!, $choreographyId: ID!, $notes: String, $estimatedMinutes: Int) {\n    addToClassPlan(classPlanId: $classPlanId, choreographyId: $choreographyId, notes: $notes, estimatedMinutes: $estimatedMinutes) { ...PlanSequenceFields }\n  }\n"): (typeof documents)["\n  mutation AddToClassPlan($classPlanId: ID!, $choreographyId: ID!, $notes: String, $estimatedMinutes: Int) {\n    addToClassPlan(classPlanId: $classPlanId, choreographyId: $choreographyId, notes: $notes, estimatedMinutes: $estimatedMinutes) { ...PlanSequenceFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromClassPlan($sequenceId: ID!) { removeFromClassPlan(sequenceId: $sequenceId) { ...PlanFields } }\n"): (typeof documents)["\n  mutation RemoveFromClassPlan($sequenceId: ID!) { removeFromClassPlan(sequenceId: $sequenceId) { ...PlanFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClassPlanSequence($sequenceId: ID!, $notes: String, $estimatedMinutes: Int) {\n    updateClassPlanSequence(sequenceId: $sequenceId, notes: $notes, estimatedMinutes: $estimatedMinutes) { ...PlanSequenceFields }\n  }\n"): (typeof documents)["\n  mutation UpdateClassPlanSequence($sequenceId: ID!, $notes: String, $estimatedMinutes: Int) {\n    updateClassPlanSequence(sequenceId: $sequenceId, notes: $notes, estimatedMinutes: $estimatedMinutes) { ...PlanSequenceFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderClassPlan($classPlanId: ID!, $sequenceIds: [ID!]!) {\n    reorderClassPlan(classPlanId: $classPlanId, sequenceIds: $sequenceIds) { ...PlanFields }\n  }\n"): (typeof documents)["\n  mutation ReorderClassPlan($classPlanId: ID!, $sequenceIds: [ID!]!) {\n    reorderClassPlan(classPlanId: $classPlanId, sequenceIds: $sequenceIds) { ...PlanFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickChoreographies($search: String, $after: String) {\n    collections(search: $search, sort: TITLE, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title difficulty duration } }\n    }\n  }\n"): (typeof documents)["\n  query PickChoreographies($search: String, $after: String) {\n    collections(search: $search, sort: TITLE, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title difficulty duration } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;