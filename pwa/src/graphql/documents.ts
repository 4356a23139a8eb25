import { graphql } from './generated';

// Every operation of the app in one place: codegen turns them into typed documents.

export const UserFields = graphql(`
  fragment UserFields on User {
    id username email displayName dateJoined isInstructor
    preferences { autoSaveChoreographies defaultDifficulty emailNotifications }
  }
`);

export const AuthFields = graphql(`
  fragment AuthFields on AuthPayload { accessToken refreshToken expiresIn user { ...UserFields } }
`);

export const LoginDocument = graphql(`
  mutation Login($usernameOrEmail: String!, $password: String!) {
    login(usernameOrEmail: $usernameOrEmail, password: $password) { ...AuthFields }
  }
`);

export const RegisterDocument = graphql(`
  mutation Register($username: String!, $email: String!, $password: String!, $displayName: String) {
    register(username: $username, email: $email, password: $password, displayName: $displayName) { ...AuthFields }
  }
`);

export const RefreshDocument = graphql(`
  mutation Refresh($token: String!) { refreshToken(token: $token) { ...AuthFields } }
`);

export const LogoutDocument = graphql(`
  mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }
`);

export const MeDocument = graphql(`
  query Me { me { ...UserFields } }
`);

export const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($displayName: String, $email: String) {
    updateProfile(displayName: $displayName, email: $email) { ...UserFields }
  }
`);

export const UpdatePreferencesDocument = graphql(`
  mutation UpdatePreferences($autoSaveChoreographies: Boolean, $defaultDifficulty: Difficulty, $emailNotifications: Boolean) {
    updatePreferences(autoSaveChoreographies: $autoSaveChoreographies, defaultDifficulty: $defaultDifficulty, emailNotifications: $emailNotifications) { ...UserFields }
  }
`);

export const SongFields = graphql(`
  fragment SongFields on Song { id title artist bpm duration genre isDemo isUpload analysed }
`);

export const SongsDocument = graphql(`
  query Songs($search: String, $bpmMin: Int, $bpmMax: Int, $first: Int, $after: String) {
    songs(search: $search, bpmMin: $bpmMin, bpmMax: $bpmMax, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...SongFields } }
    }
  }
`);

export const TaskFields = graphql(`
  fragment TaskFields on ChoreographyTask {
    id status progress stage message createdAt updatedAt songId savedChoreographyId
    song { id title artist }
    parameters { difficulty energyLevel style seed }
    result { videoUrl posterUrl duration plan analysis countOffsetBeats lowCountConfidence }
  }
`);

export const GenerateDocument = graphql(`
  mutation Generate($input: GenerateChoreographyInput!) { generateChoreography(input: $input) { ...TaskFields } }
`);

export const TaskDocument = graphql(`
  query Task($id: ID!) { task(id: $id) { ...TaskFields } }
`);

export const TaskUpdatedDocument = graphql(`
  subscription TaskUpdated($taskId: ID!) { taskUpdated(taskId: $taskId) { ...TaskFields } }
`);

/** A history row: no plan or analysis (those are for the player). */
export const TaskSummaryFields = graphql(`
  fragment TaskSummaryFields on ChoreographyTask {
    id status progress stage message createdAt updatedAt songId savedChoreographyId
    song { id title artist }
    parameters { difficulty energyLevel style seed }
    result { posterUrl duration }
  }
`);

export const MyTasksDocument = graphql(`
  query MyTasks($first: Int, $after: String, $status: TaskStatus) {
    tasks(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...TaskSummaryFields } }
    }
  }
`);

export const MyTaskUpdatesDocument = graphql(`
  subscription MyTaskUpdates { myTaskUpdates { ...TaskSummaryFields } }
`);

export const DeleteTaskDocument = graphql(`
  mutation DeleteTask($id: ID!) { deleteTask(id: $id) }
`);

export const CancelTaskDocument = graphql(`
  mutation CancelTask($id: ID!) { cancelTask(id: $id) { ...TaskFields } }
`);

export const SongAudioDocument = graphql(`
  query SongAudio($id: ID!) { song(id: $id) { id audioUrl duration } }
`);

export const SongCountDocument = graphql(`
  query SongCount($id: ID!) { song(id: $id) { id countOffsetBeats } }
`);

export const SetCountCorrectionDocument = graphql(`
  mutation SetCountCorrection($songId: ID!, $offsetBeats: Int!) { setCountCorrection(songId: $songId, offsetBeats: $offsetBeats) { id countOffsetBeats } }
`);

export const SavedFields = graphql(`
  fragment SavedFields on SavedChoreography {
    id title difficulty notes duration createdAt videoUrl posterUrl videoStatus taskId musicInfo plan analysis
  }
`);

export const CollectionsDocument = graphql(`
  query Collections($difficulty: Difficulty, $search: String, $sort: CollectionSort, $first: Int, $after: String) {
    collections(difficulty: $difficulty, search: $search, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title difficulty duration createdAt posterUrl videoStatus notes } }
    }
    collectionStats { totalCount totalDuration recentCount byDifficulty { difficulty count } }
  }
`);

export const CollectionDocument = graphql(`
  query Collection($id: ID!) { collection(id: $id) { ...SavedFields } }
`);

export const SaveChoreographyDocument = graphql(`
  mutation SaveChoreography($taskId: ID!, $title: String, $difficulty: Difficulty, $notes: String) {
    saveChoreography(taskId: $taskId, title: $title, difficulty: $difficulty, notes: $notes) { ...SavedFields }
  }
`);

export const UpdateChoreographyDocument = graphql(`
  mutation UpdateChoreography($id: ID!, $title: String, $difficulty: Difficulty, $notes: String) {
    updateChoreography(id: $id, title: $title, difficulty: $difficulty, notes: $notes) { id title difficulty notes }
  }
`);

export const DeleteChoreographyDocument = graphql(`
  mutation DeleteChoreography($id: ID!) { deleteChoreography(id: $id) }
`);

export const DeleteAllDocument = graphql(`
  mutation DeleteAll { deleteAllChoreographies(confirm: true) }
`);

export const HomeDemoDocument = graphql(`
  query HomeDemo {
    homeDemo { status title artist bpm duration videoUrl posterUrl moves { name start end section beats } }
  }
`);
