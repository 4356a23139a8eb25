/* eslint-disable */
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** JWT (HS256), send as `Authorization: Bearer …`. */
  accessToken: Scalars['String']['output'];
  /** Seconds until the access token expires. */
  expiresIn: Scalars['Int']['output'];
  /** Single use: every refresh returns a new one. */
  refreshToken: Scalars['String']['output'];
  user: User;
};

/** What a described request was understood as: generation options to confirm, each with a reason. */
export type ChoreographyDescription = {
  __typename?: 'ChoreographyDescription';
  avoidMoves: Array<MoveFamily>;
  difficulty: DescribedDifficulty;
  energyLevel: DescribedEnergy;
  /** offline (built in) or language-model. */
  interpreter: Scalars['String']['output'];
  /** en or es: the language the reasons are in. */
  language: Scalars['String']['output'];
  movesReason: Scalars['String']['output'];
  preferMoves: Array<MoveFamily>;
  song: DescribedSong;
  style: DescribedStyle;
};

export type ChoreographyTask = {
  __typename?: 'ChoreographyTask';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What is happening, in words a dancer understands; for a failed task, what went wrong. */
  message: Scalars['String']['output'];
  parameters?: Maybe<GenerationParameters>;
  /** 0..100 */
  progress: Scalars['Int']['output'];
  /** Present when the task completed. */
  result?: Maybe<TaskResult>;
  /** The collection entry saved from this task, if any. */
  savedChoreographyId?: Maybe<Scalars['ID']['output']>;
  song?: Maybe<Song>;
  songId?: Maybe<Scalars['ID']['output']>;
  stage: Scalars['String']['output'];
  status: TaskStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type ChoreographyTaskConnection = {
  __typename?: 'ChoreographyTaskConnection';
  edges: Array<ChoreographyTaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChoreographyTaskEdge = {
  __typename?: 'ChoreographyTaskEdge';
  cursor: Scalars['String']['output'];
  node: ChoreographyTask;
};

export type ClassPlan = {
  __typename?: 'ClassPlan';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  difficulty: Difficulty;
  /** Minutes the class lasts. */
  estimatedDuration?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  instructorNotes: Scalars['String']['output'];
  sequenceCount: Scalars['Int']['output'];
  /** The plan's choreographies in teaching order. */
  sequences: Array<ClassPlanSequence>;
  /** Where the printable class sheet is: add .html or .pdf; send your bearer token. */
  sheetPath: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ClassPlanConnection = {
  __typename?: 'ClassPlanConnection';
  edges: Array<ClassPlanEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClassPlanEdge = {
  __typename?: 'ClassPlanEdge';
  cursor: Scalars['String']['output'];
  node: ClassPlan;
};

/** One choreography in a class plan, in teaching order. */
export type ClassPlanSequence = {
  __typename?: 'ClassPlanSequence';
  /** Null when the saved choreography no longer exists. */
  choreography?: Maybe<SavedChoreography>;
  choreographyId: Scalars['ID']['output'];
  /** Minutes planned for this choreography. */
  estimatedMinutes?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  notes: Scalars['String']['output'];
  /** 0-based position in the plan (no gaps). */
  order: Scalars['Int']['output'];
};

export type ClassPlanSort =
  | 'NEWEST'
  | 'OLDEST'
  | 'TITLE'
  | 'UPDATED';

export type ClassPlanSummary = {
  __typename?: 'ClassPlanSummary';
  /** How many sequences of each difficulty. */
  difficultyBreakdown: Array<DifficultyCount>;
  plan: ClassPlan;
  sequences: Array<ClassPlanSequence>;
  /** Sum of the sequences' estimated minutes. */
  totalEstimatedMinutes: Scalars['Int']['output'];
  totalSequences: Scalars['Int']['output'];
};

export type CollectionSort =
  | 'DURATION'
  | 'NEWEST'
  | 'OLDEST'
  | 'TITLE';

export type CollectionStats = {
  __typename?: 'CollectionStats';
  byDifficulty: Array<DifficultyCount>;
  /** Saved in the last 30 days. */
  recentCount: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
  /** Seconds of video saved. */
  totalDuration: Scalars['Float']['output'];
};

/** A difficulty read from the request, with why. */
export type DescribedDifficulty = {
  __typename?: 'DescribedDifficulty';
  /** False for a default or an inference. */
  fromRequest: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  value: Difficulty;
};

export type DescribedEnergy = {
  __typename?: 'DescribedEnergy';
  fromRequest: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  value: EnergyLevel;
};

export type DescribedSong = {
  __typename?: 'DescribedSong';
  /** True when the request named it. */
  fromRequest: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  /** Null when there is no song to choose from. */
  song?: Maybe<Song>;
};

export type DescribedStyle = {
  __typename?: 'DescribedStyle';
  fromRequest: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  value: Style;
};

/** How hard the moves are. Legacy low/medium/high map to beginner/intermediate/advanced. */
export type Difficulty =
  | 'ADVANCED'
  | 'BEGINNER'
  | 'INTERMEDIATE';

export type DifficultyCount = {
  __typename?: 'DifficultyCount';
  count: Scalars['Int']['output'];
  difficulty: Difficulty;
};

export type EnergyLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type GenerateChoreographyInput = {
  /** Kinds of figure to leave out. */
  avoidMoves?: InputMaybe<Array<MoveFamily>>;
  /** Burn the move names and counts into the video (for sharing outside the app). */
  captions?: InputMaybe<Scalars['Boolean']['input']>;
  difficulty: Difficulty;
  energyLevel: EnergyLevel;
  /** Kinds of figure to favour (e.g. from describeChoreography). */
  preferMoves?: InputMaybe<Array<MoveFamily>>;
  /** Same seed, same song and same options give the same choreography. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  songId: Scalars['ID']['input'];
  style: Style;
  /** Size of the video; default: the server's RENDER_SIZE. */
  videoSize?: InputMaybe<VideoSize>;
};

export type GenerationParameters = {
  __typename?: 'GenerationParameters';
  /** Kinds of figure the planner leaves out. */
  avoidMoves: Array<MoveFamily>;
  captions?: Maybe<Scalars['Boolean']['output']>;
  difficulty?: Maybe<Difficulty>;
  energyLevel?: Maybe<EnergyLevel>;
  /** Kinds of figure the planner favours. */
  preferMoves: Array<MoveFamily>;
  seed?: Maybe<Scalars['Int']['output']>;
  style?: Maybe<Style>;
  videoSize?: Maybe<VideoSize>;
};

/** A short choreography of a demo song with the built-in moves, made by this server's own video job. */
export type HomeDemo = {
  __typename?: 'HomeDemo';
  /** Song artist. */
  artist?: Maybe<Scalars['String']['output']>;
  /** Tempo the analysis found. */
  bpm?: Maybe<Scalars['Float']['output']>;
  /** Seconds of video. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** The moves in order (empty until READY). */
  moves: Array<HomeDemoMove>;
  /** Signed URL of the poster (a representative frame). */
  posterUrl?: Maybe<Scalars['String']['output']>;
  status: HomeDemoStatus;
  /** Song title. */
  title?: Maybe<Scalars['String']['output']>;
  /** Signed URL of the video. */
  videoUrl?: Maybe<Scalars['String']['output']>;
};

/** One move of the home page demo. */
export type HomeDemoMove = {
  __typename?: 'HomeDemoMove';
  /** Counts the move takes (a multiple of 8). */
  beats: Scalars['Int']['output'];
  /** Seconds into the video. */
  end: Scalars['Float']['output'];
  /** Human name of the move. */
  name: Scalars['String']['output'];
  /** Section of the song: intro, verse, chorus, break or outro. */
  section: Scalars['String']['output'];
  /** Seconds into the video. */
  start: Scalars['Float']['output'];
};

/** READY: video, poster and moves are there; PREPARING: the server is making it; UNAVAILABLE: this server does not make it. */
export type HomeDemoStatus =
  | 'PREPARING'
  | 'READY'
  | 'UNAVAILABLE';

export type InstructorStats = {
  __typename?: 'InstructorStats';
  averageSequencesPerPlan: Scalars['Float']['output'];
  /** Plans per difficulty. */
  difficultyBreakdown: Array<DifficultyCount>;
  plansLast30Days: Scalars['Int']['output'];
  totalPlans: Scalars['Int']['output'];
  /** Distinct saved choreographies used across all plans. */
  uniqueChoreographies: Scalars['Int']['output'];
};

/** A kind of figure, matched against every move library's labels (bodywaves, body_wave, …). */
export type MoveFamily =
  | 'ARM_STYLING'
  | 'BASIC'
  | 'BODY_WAVE'
  | 'BOLERO'
  | 'CROSS_BODY_LEAD'
  | 'DIP'
  | 'FOOTWORK'
  | 'GOLPES'
  | 'HAMMERLOCK'
  | 'HEAD_ROLL'
  | 'HIP_ROLL'
  | 'SHADOW'
  | 'SPIN'
  | 'TURN';

export type Mutation = {
  __typename?: 'Mutation';
  /** Appends one of your saved choreographies to the plan. */
  addToClassPlan: ClassPlanSequence;
  /** Stops a waiting or running task; it ends failed with "Cancelled by user". */
  cancelTask: ChoreographyTask;
  /** Removes your count correction: the song is counted as the analysis found it. */
  clearCountCorrection: Song;
  createClassPlan: ClassPlan;
  /** Deletes your whole collection; returns how many were deleted. Requires confirm: true. */
  deleteAllChoreographies: Scalars['Int']['output'];
  deleteChoreography: Scalars['Boolean']['output'];
  deleteClassPlan: Scalars['Boolean']['output'];
  /** Removes a finished or failed generation from your history. A running one must be cancelled first; one in your collection is deleted there first (the collection entry plays from it). */
  deleteTask: Scalars['Boolean']['output'];
  /** A copy titled "… (Copy)" with the same sequences. */
  duplicateClassPlan: ClassPlan;
  /** Starts generating a choreography video; follow it with taskUpdated. */
  generateChoreography: ChoreographyTask;
  login: AuthPayload;
  /** Ends the session the refresh token belongs to. */
  logout: Scalars['Boolean']['output'];
  /** Exchanges a refresh token for new tokens; the old refresh token stops working. */
  refreshToken: AuthPayload;
  register: AuthPayload;
  /** Removes a sequence; the ones after it move up (no gaps). */
  removeFromClassPlan: ClassPlan;
  /** All-or-nothing: pass every sequence id of the plan once, in the new order. */
  reorderClassPlan: ClassPlan;
  /** Saves your completed task to your collection (once per task). */
  saveChoreography: SavedChoreography;
  /** Stores your count correction for a song. Beats every "1" moves: positive later, negative earlier; a bar is 4, and 8 is the same count again. */
  setCountCorrection: Song;
  /** "Set the 1 here": the beat nearest to beatTime (seconds) becomes a "1" of the 8-count. */
  setTheOneAt: Song;
  updateChoreography: SavedChoreography;
  updateClassPlan: ClassPlan;
  updateClassPlanSequence: ClassPlanSequence;
  updatePreferences: User;
  updateProfile: User;
};


export type MutationAddToClassPlanArgs = {
  choreographyId: Scalars['ID']['input'];
  classPlanId: Scalars['ID']['input'];
  estimatedMinutes?: InputMaybe<Scalars['Int']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationClearCountCorrectionArgs = {
  songId: Scalars['ID']['input'];
};


export type MutationCreateClassPlanArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  difficulty?: InputMaybe<Difficulty>;
  estimatedDuration?: InputMaybe<Scalars['Int']['input']>;
  instructorNotes?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};


export type MutationDeleteAllChoreographiesArgs = {
  confirm: Scalars['Boolean']['input'];
};


export type MutationDeleteChoreographyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteClassPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDuplicateClassPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateChoreographyArgs = {
  input: GenerateChoreographyInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  usernameOrEmail: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefreshTokenArgs = {
  token: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationRemoveFromClassPlanArgs = {
  sequenceId: Scalars['ID']['input'];
};


export type MutationReorderClassPlanArgs = {
  classPlanId: Scalars['ID']['input'];
  sequenceIds: Array<Scalars['ID']['input']>;
};


export type MutationSaveChoreographyArgs = {
  difficulty?: InputMaybe<Difficulty>;
  notes?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetCountCorrectionArgs = {
  offsetBeats: Scalars['Int']['input'];
  songId: Scalars['ID']['input'];
};


export type MutationSetTheOneAtArgs = {
  beatTime: Scalars['Float']['input'];
  songId: Scalars['ID']['input'];
};


export type MutationUpdateChoreographyArgs = {
  difficulty?: InputMaybe<Difficulty>;
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateClassPlanArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  difficulty?: InputMaybe<Difficulty>;
  estimatedDuration?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  instructorNotes?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateClassPlanSequenceArgs = {
  estimatedMinutes?: InputMaybe<Scalars['Int']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  sequenceId: Scalars['ID']['input'];
};


export type MutationUpdatePreferencesArgs = {
  autoSaveChoreographies?: InputMaybe<Scalars['Boolean']['input']>;
  defaultDifficulty?: InputMaybe<Difficulty>;
  emailNotifications?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationUpdateProfileArgs = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Preferences = {
  __typename?: 'Preferences';
  autoSaveChoreographies: Scalars['Boolean']['output'];
  defaultDifficulty: Difficulty;
  emailNotifications: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  classPlan: ClassPlan;
  classPlanSummary: ClassPlanSummary;
  /** Your class plans (instructors only). */
  classPlans: ClassPlanConnection;
  collection: SavedChoreography;
  collectionStats: CollectionStats;
  collections: SavedChoreographyConnection;
  /** Reads a request in your own words ("a sensual bachata for beginners, not too fast, lots of body waves"; English or Spanish) as generation options with a reason for each, for you to confirm before generating. */
  describeChoreography: ChoreographyDescription;
  /** The home page demo (no account needed): what the product makes, with its poster and moves. */
  homeDemo: HomeDemo;
  instructorStats: InstructorStats;
  /** The logged-in user. */
  me: User;
  song: Song;
  /** The shared library plus your own uploads. */
  songs: SongConnection;
  task: ChoreographyTask;
  /** Your tasks, newest first. */
  tasks: ChoreographyTaskConnection;
};


export type QueryClassPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClassPlanSummaryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClassPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  difficulty?: InputMaybe<Difficulty>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ClassPlanSort>;
};


export type QueryCollectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCollectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  difficulty?: InputMaybe<Difficulty>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<CollectionSort>;
};


export type QueryDescribeChoreographyArgs = {
  text: Scalars['String']['input'];
};


export type QuerySongArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySongsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bpmMax?: InputMaybe<Scalars['Int']['input']>;
  bpmMin?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TaskStatus>;
};

export type SavedChoreography = {
  __typename?: 'SavedChoreography';
  /** The song analysis summary (beats, phrases) for counts in the player. */
  analysis?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  difficulty: Difficulty;
  /** Seconds. */
  duration: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Song title, artist, tempo. */
  musicInfo?: Maybe<Scalars['JSON']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  parameters?: Maybe<GenerationParameters>;
  /** The plan (timeline + metrics) of the task it was saved from, for the player. */
  plan?: Maybe<Scalars['JSON']['output']>;
  posterUrl?: Maybe<Scalars['String']['output']>;
  taskId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  videoStatus: VideoStatus;
  /** Signed URL; null when the video file is missing. */
  videoUrl?: Maybe<Scalars['String']['output']>;
};

export type SavedChoreographyConnection = {
  __typename?: 'SavedChoreographyConnection';
  edges: Array<SavedChoreographyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SavedChoreographyEdge = {
  __typename?: 'SavedChoreographyEdge';
  cursor: Scalars['String']['output'];
  node: SavedChoreography;
};

export type Song = {
  __typename?: 'Song';
  /** The song's music analysis is cached, so generation starts faster. */
  analysed: Scalars['Boolean']['output'];
  artist: Scalars['String']['output'];
  /** Short-lived signed URL of the audio (null when the file is missing). */
  audioUrl?: Maybe<Scalars['String']['output']>;
  bpm?: Maybe<Scalars['Int']['output']>;
  /** Your count correction for this song (0: none). Beats every "1" moves: positive later, negative earlier; a bar is 4, and 8 is the same count again. */
  countOffsetBeats: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Seconds. */
  duration: Scalars['Float']['output'];
  genre?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** A demo song synthesised by the project. */
  isDemo: Scalars['Boolean']['output'];
  /** True for the caller's own upload, false for the shared library. */
  isUpload: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type SongConnection = {
  __typename?: 'SongConnection';
  edges: Array<SongEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SongEdge = {
  __typename?: 'SongEdge';
  cursor: Scalars['String']['output'];
  node: Song;
};

/** Move style. The old API's traditional maps to romantic, modern to energetic. */
export type Style =
  | 'ENERGETIC'
  | 'PLAYFUL'
  | 'ROMANTIC'
  | 'SENSUAL';

export type Subscription = {
  __typename?: 'Subscription';
  /** Every change to any of your tasks. */
  myTaskUpdates: ChoreographyTask;
  /** The task's current state, then every change. */
  taskUpdated: ChoreographyTask;
};


export type SubscriptionTaskUpdatedArgs = {
  taskId: Scalars['ID']['input'];
};

export type TaskResult = {
  __typename?: 'TaskResult';
  /** SongAnalysis summary: bpm, beats, phrases, sections. */
  analysis?: Maybe<Scalars['JSON']['output']>;
  /** The count correction this video was planned with (0: none). Its plan and analysis already include it. */
  countOffsetBeats: Scalars['Int']['output'];
  /** Seconds. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** The analysis is unsure where the "1" is (downbeat or 8-count confidence under 0.5): ask the dancer to check the count. */
  lowCountConfidence: Scalars['Boolean']['output'];
  /** ChoreographyPlan: timeline (moves with start/end/beats) and metrics. */
  plan?: Maybe<Scalars['JSON']['output']>;
  posterUrl?: Maybe<Scalars['String']['output']>;
  /** Signed URL of the video; null when the file is missing. */
  videoUrl?: Maybe<Scalars['String']['output']>;
};

/** Legacy pending reads as started. */
export type TaskStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING'
  | 'STARTED';

export type User = {
  __typename?: 'User';
  dateJoined: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Granted by an admin command only. */
  isInstructor: Scalars['Boolean']['output'];
  preferences: Preferences;
  username: Scalars['String']['output'];
};

/** Height of the rendered video: P360 = 640×360, P720 = 1280×720. */
export type VideoSize =
  | 'P360'
  | 'P720';

/** MISSING: the saved video file is gone (old uploads). */
export type VideoStatus =
  | 'AVAILABLE'
  | 'MISSING';

export type ChoreographyDescriptionFieldsFragment = { __typename?: 'ChoreographyDescription', language: string, interpreter: string, preferMoves: Array<MoveFamily>, avoidMoves: Array<MoveFamily>, movesReason: string, difficulty: { __typename?: 'DescribedDifficulty', value: Difficulty, reason: string, fromRequest: boolean }, energyLevel: { __typename?: 'DescribedEnergy', value: EnergyLevel, reason: string, fromRequest: boolean }, style: { __typename?: 'DescribedStyle', value: Style, reason: string, fromRequest: boolean }, song: { __typename?: 'DescribedSong', reason: string, fromRequest: boolean, song?: { __typename?: 'Song', id: string, title: string, artist: string, bpm?: number | null } | null } };

export type DescribeChoreographyQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type DescribeChoreographyQuery = { __typename?: 'Query', describeChoreography: { __typename?: 'ChoreographyDescription', language: string, interpreter: string, preferMoves: Array<MoveFamily>, avoidMoves: Array<MoveFamily>, movesReason: string, difficulty: { __typename?: 'DescribedDifficulty', value: Difficulty, reason: string, fromRequest: boolean }, energyLevel: { __typename?: 'DescribedEnergy', value: EnergyLevel, reason: string, fromRequest: boolean }, style: { __typename?: 'DescribedStyle', value: Style, reason: string, fromRequest: boolean }, song: { __typename?: 'DescribedSong', reason: string, fromRequest: boolean, song?: { __typename?: 'Song', id: string, title: string, artist: string, bpm?: number | null } | null } } };

export type UserFieldsFragment = { __typename?: 'User', id: string, username: string, email: string, displayName: string, dateJoined: string, isInstructor: boolean, preferences: { __typename?: 'Preferences', autoSaveChoreographies: boolean, defaultDifficulty: Difficulty, emailNotifications: boolean } };

export type AuthFieldsFragment = { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresIn: number, user: { __typename?: 'User', id: string, username: string, email: string, displayName: string, dateJoined: string, isInstructor: boolean, preferences: { __typename?: 'Preferences', autoSaveChoreographies: boolean, defaultDifficulty: Difficulty, emailNotifications: boolean } } };

export type LoginMutationVariables = Exact<{
  usernameOrEmail: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresIn: number, user: { __typename?: 'User', id: string, username: string, email: string, displayName: string, dateJoined: string, isInstructor: boolean, preferences: { __typename?: 'Preferences', autoSaveChoreographies: boolean, defaultDifficulty: Difficulty, emailNotifications: boolean } } } };

export type RegisterMutationVariables = Exact<{
  username: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  displayName?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresIn: number, user: { __typename?: 'User', id: string, username: string, email: string, displayName: string, dateJoined: string, isInstructor: boolean, preferences: { __typename?: 'Preferences', autoSaveChoreographies: boolean, defaultDifficulty: Difficulty, emailNotifications: boolean } } } };

export type RefreshMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type RefreshMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresIn: number, user: { __typename?: 'User', id: string, username: string, email: string, displayName: string, dateJoined: string, isInstructor: boolean, preferences: { __typename?: 'Preferences', autoSaveChoreographies: boolean, defaultDifficulty: Difficulty, emailNotifications: boolean } } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, email: string, displayName: string, dateJoined: string, isInstructor: boolean, preferences: { __typename?: 'Preferences', autoSaveChoreographies: boolean, defaultDifficulty: Difficulty, emailNotifications: boolean } } };

export type UpdateProfileMutationVariables = Exact<{
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'User', id: string, username: string, email: string, displayName: string, dateJoined: string, isInstructor: boolean, preferences: { __typename?: 'Preferences', autoSaveChoreographies: boolean, defaultDifficulty: Difficulty, emailNotifications: boolean } } };

export type UpdatePreferencesMutationVariables = Exact<{
  autoSaveChoreographies?: InputMaybe<Scalars['Boolean']['input']>;
  defaultDifficulty?: InputMaybe<Difficulty>;
  emailNotifications?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type UpdatePreferencesMutation = { __typename?: 'Mutation', updatePreferences: { __typename?: 'User', id: string, username: string, email: string, displayName: string, dateJoined: string, isInstructor: boolean, preferences: { __typename?: 'Preferences', autoSaveChoreographies: boolean, defaultDifficulty: Difficulty, emailNotifications: boolean } } };

export type SongFieldsFragment = { __typename?: 'Song', id: string, title: string, artist: string, bpm?: number | null, duration: number, genre?: string | null, isDemo: boolean, isUpload: boolean, analysed: boolean };

export type SongsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  bpmMin?: InputMaybe<Scalars['Int']['input']>;
  bpmMax?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SongsQuery = { __typename?: 'Query', songs: { __typename?: 'SongConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SongEdge', cursor: string, node: { __typename?: 'Song', id: string, title: string, artist: string, bpm?: number | null, duration: number, genre?: string | null, isDemo: boolean, isUpload: boolean, analysed: boolean } }> } };

export type TaskFieldsFragment = { __typename?: 'ChoreographyTask', id: string, status: TaskStatus, progress: number, stage: string, message: string, createdAt: string, updatedAt: string, songId?: string | null, savedChoreographyId?: string | null, song?: { __typename?: 'Song', id: string, title: string, artist: string } | null, parameters?: { __typename?: 'GenerationParameters', difficulty?: Difficulty | null, energyLevel?: EnergyLevel | null, style?: Style | null, seed?: number | null } | null, result?: { __typename?: 'TaskResult', videoUrl?: string | null, posterUrl?: string | null, duration?: number | null, plan?: unknown | null, analysis?: unknown | null, countOffsetBeats: number, lowCountConfidence: boolean } | null };

export type GenerateMutationVariables = Exact<{
  input: GenerateChoreographyInput;
}>;


export type GenerateMutation = { __typename?: 'Mutation', generateChoreography: { __typename?: 'ChoreographyTask', id: string, status: TaskStatus, progress: number, stage: string, message: string, createdAt: string, updatedAt: string, songId?: string | null, savedChoreographyId?: string | null, song?: { __typename?: 'Song', id: string, title: string, artist: string } | null, parameters?: { __typename?: 'GenerationParameters', difficulty?: Difficulty | null, energyLevel?: EnergyLevel | null, style?: Style | null, seed?: number | null } | null, result?: { __typename?: 'TaskResult', videoUrl?: string | null, posterUrl?: string | null, duration?: number | null, plan?: unknown | null, analysis?: unknown | null, countOffsetBeats: number, lowCountConfidence: boolean } | null } };

export type TaskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TaskQuery = { __typename?: 'Query', task: { __typename?: 'ChoreographyTask', id: string, status: TaskStatus, progress: number, stage: string, message: string, createdAt: string, updatedAt: string, songId?: string | null, savedChoreographyId?: string | null, song?: { __typename?: 'Song', id: string, title: string, artist: string } | null, parameters?: { __typename?: 'GenerationParameters', difficulty?: Difficulty | null, energyLevel?: EnergyLevel | null, style?: Style | null, seed?: number | null } | null, result?: { __typename?: 'TaskResult', videoUrl?: string | null, posterUrl?: string | null, duration?: number | null, plan?: unknown | null, analysis?: unknown | null, countOffsetBeats: number, lowCountConfidence: boolean } | null } };

export type TaskUpdatedSubscriptionVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type TaskUpdatedSubscription = { __typename?: 'Subscription', taskUpdated: { __typename?: 'ChoreographyTask', id: string, status: TaskStatus, progress: number, stage: string, message: string, createdAt: string, updatedAt: string, songId?: string | null, savedChoreographyId?: string | null, song?: { __typename?: 'Song', id: string, title: string, artist: string } | null, parameters?: { __typename?: 'GenerationParameters', difficulty?: Difficulty | null, energyLevel?: EnergyLevel | null, style?: Style | null, seed?: number | null } | null, result?: { __typename?: 'TaskResult', videoUrl?: string | null, posterUrl?: string | null, duration?: number | null, plan?: unknown | null, analysis?: unknown | null, countOffsetBeats: number, lowCountConfidence: boolean } | null } };

export type TaskSummaryFieldsFragment = { __typename?: 'ChoreographyTask', id: string, status: TaskStatus, progress: number, stage: string, message: string, createdAt: string, updatedAt: string, songId?: string | null, savedChoreographyId?: string | null, song?: { __typename?: 'Song', id: string, title: string, artist: string } | null, parameters?: { __typename?: 'GenerationParameters', difficulty?: Difficulty | null, energyLevel?: EnergyLevel | null, style?: Style | null, seed?: number | null } | null, result?: { __typename?: 'TaskResult', posterUrl?: string | null, duration?: number | null } | null };

export type MyTasksQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<TaskStatus>;
}>;


export type MyTasksQuery = { __typename?: 'Query', tasks: { __typename?: 'ChoreographyTaskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChoreographyTaskEdge', cursor: string, node: { __typename?: 'ChoreographyTask', id: string, status: TaskStatus, progress: number, stage: string, message: string, createdAt: string, updatedAt: string, songId?: string | null, savedChoreographyId?: string | null, song?: { __typename?: 'Song', id: string, title: string, artist: string } | null, parameters?: { __typename?: 'GenerationParameters', difficulty?: Difficulty | null, energyLevel?: EnergyLevel | null, style?: Style | null, seed?: number | null } | null, result?: { __typename?: 'TaskResult', posterUrl?: string | null, duration?: number | null } | null } }> } };

export type MyTaskUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyTaskUpdatesSubscription = { __typename?: 'Subscription', myTaskUpdates: { __typename?: 'ChoreographyTask', id: string, status: TaskStatus, progress: number, stage: string, message: string, createdAt: string, updatedAt: string, songId?: string | null, savedChoreographyId?: string | null, song?: { __typename?: 'Song', id: string, title: string, artist: string } | null, parameters?: { __typename?: 'GenerationParameters', difficulty?: Difficulty | null, energyLevel?: EnergyLevel | null, style?: Style | null, seed?: number | null } | null, result?: { __typename?: 'TaskResult', posterUrl?: string | null, duration?: number | null } | null } };

export type DeleteTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTaskMutation = { __typename?: 'Mutation', deleteTask: boolean };

export type CancelTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelTaskMutation = { __typename?: 'Mutation', cancelTask: { __typename?: 'ChoreographyTask', id: string, status: TaskStatus, progress: number, stage: string, message: string, createdAt: string, updatedAt: string, songId?: string | null, savedChoreographyId?: string | null, song?: { __typename?: 'Song', id: string, title: string, artist: string } | null, parameters?: { __typename?: 'GenerationParameters', difficulty?: Difficulty | null, energyLevel?: EnergyLevel | null, style?: Style | null, seed?: number | null } | null, result?: { __typename?: 'TaskResult', videoUrl?: string | null, posterUrl?: string | null, duration?: number | null, plan?: unknown | null, analysis?: unknown | null, countOffsetBeats: number, lowCountConfidence: boolean } | null } };

export type SongAudioQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SongAudioQuery = { __typename?: 'Query', song: { __typename?: 'Song', id: string, audioUrl?: string | null, duration: number } };

export type SongCountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SongCountQuery = { __typename?: 'Query', song: { __typename?: 'Song', id: string, countOffsetBeats: number } };

export type SetCountCorrectionMutationVariables = Exact<{
  songId: Scalars['ID']['input'];
  offsetBeats: Scalars['Int']['input'];
}>;


export type SetCountCorrectionMutation = { __typename?: 'Mutation', setCountCorrection: { __typename?: 'Song', id: string, countOffsetBeats: number } };

export type SavedFieldsFragment = { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, notes?: string | null, duration: number, createdAt: string, videoUrl?: string | null, posterUrl?: string | null, videoStatus: VideoStatus, taskId?: string | null, musicInfo?: unknown | null, plan?: unknown | null, analysis?: unknown | null };

export type CollectionsQueryVariables = Exact<{
  difficulty?: InputMaybe<Difficulty>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<CollectionSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CollectionsQuery = { __typename?: 'Query', collections: { __typename?: 'SavedChoreographyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SavedChoreographyEdge', cursor: string, node: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, createdAt: string, posterUrl?: string | null, videoStatus: VideoStatus, notes?: string | null } }> }, collectionStats: { __typename?: 'CollectionStats', totalCount: number, totalDuration: number, recentCount: number, byDifficulty: Array<{ __typename?: 'DifficultyCount', difficulty: Difficulty, count: number }> } };

export type CollectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CollectionQuery = { __typename?: 'Query', collection: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, notes?: string | null, duration: number, createdAt: string, videoUrl?: string | null, posterUrl?: string | null, videoStatus: VideoStatus, taskId?: string | null, musicInfo?: unknown | null, plan?: unknown | null, analysis?: unknown | null } };

export type SaveChoreographyMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  difficulty?: InputMaybe<Difficulty>;
  notes?: InputMaybe<Scalars['String']['input']>;
}>;


export type SaveChoreographyMutation = { __typename?: 'Mutation', saveChoreography: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, notes?: string | null, duration: number, createdAt: string, videoUrl?: string | null, posterUrl?: string | null, videoStatus: VideoStatus, taskId?: string | null, musicInfo?: unknown | null, plan?: unknown | null, analysis?: unknown | null } };

export type UpdateChoreographyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  difficulty?: InputMaybe<Difficulty>;
  notes?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateChoreographyMutation = { __typename?: 'Mutation', updateChoreography: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, notes?: string | null } };

export type DeleteChoreographyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteChoreographyMutation = { __typename?: 'Mutation', deleteChoreography: boolean };

export type DeleteAllMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteAllMutation = { __typename?: 'Mutation', deleteAllChoreographies: number };

export type HomeDemoQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeDemoQuery = { __typename?: 'Query', homeDemo: { __typename?: 'HomeDemo', status: HomeDemoStatus, title?: string | null, artist?: string | null, bpm?: number | null, duration?: number | null, videoUrl?: string | null, posterUrl?: string | null, moves: Array<{ __typename?: 'HomeDemoMove', name: string, start: number, end: number, section: string, beats: number }> } };

export type PlanSequenceFieldsFragment = { __typename?: 'ClassPlanSequence', id: string, order: number, notes: string, estimatedMinutes?: number | null, choreographyId: string, choreography?: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, posterUrl?: string | null } | null };

export type PlanFieldsFragment = { __typename?: 'ClassPlan', id: string, title: string, difficulty: Difficulty, estimatedDuration?: number | null, description: string, instructorNotes: string, sequenceCount: number, sheetPath: string, createdAt: string, updatedAt: string, sequences: Array<{ __typename?: 'ClassPlanSequence', id: string, order: number, notes: string, estimatedMinutes?: number | null, choreographyId: string, choreography?: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, posterUrl?: string | null } | null }> };

export type ClassPlansQueryVariables = Exact<{
  difficulty?: InputMaybe<Difficulty>;
  sort?: InputMaybe<ClassPlanSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClassPlansQuery = { __typename?: 'Query', classPlans: { __typename?: 'ClassPlanConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ClassPlanEdge', cursor: string, node: { __typename?: 'ClassPlan', id: string, title: string, difficulty: Difficulty, estimatedDuration?: number | null, sequenceCount: number, updatedAt: string } }> }, instructorStats: { __typename?: 'InstructorStats', totalPlans: number, uniqueChoreographies: number, plansLast30Days: number, averageSequencesPerPlan: number, difficultyBreakdown: Array<{ __typename?: 'DifficultyCount', difficulty: Difficulty, count: number }> } };

export type ClassPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClassPlanQuery = { __typename?: 'Query', classPlan: { __typename?: 'ClassPlan', id: string, title: string, difficulty: Difficulty, estimatedDuration?: number | null, description: string, instructorNotes: string, sequenceCount: number, sheetPath: string, createdAt: string, updatedAt: string, sequences: Array<{ __typename?: 'ClassPlanSequence', id: string, order: number, notes: string, estimatedMinutes?: number | null, choreographyId: string, choreography?: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, posterUrl?: string | null } | null }> } };

export type ClassPlanSummaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClassPlanSummaryQuery = { __typename?: 'Query', classPlanSummary: { __typename?: 'ClassPlanSummary', totalSequences: number, totalEstimatedMinutes: number, difficultyBreakdown: Array<{ __typename?: 'DifficultyCount', difficulty: Difficulty, count: number }> } };

export type CreateClassPlanMutationVariables = Exact<{
  title: Scalars['String']['input'];
  difficulty?: InputMaybe<Difficulty>;
  estimatedDuration?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  instructorNotes?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateClassPlanMutation = { __typename?: 'Mutation', createClassPlan: { __typename?: 'ClassPlan', id: string, title: string, difficulty: Difficulty, estimatedDuration?: number | null, description: string, instructorNotes: string, sequenceCount: number, sheetPath: string, createdAt: string, updatedAt: string, sequences: Array<{ __typename?: 'ClassPlanSequence', id: string, order: number, notes: string, estimatedMinutes?: number | null, choreographyId: string, choreography?: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, posterUrl?: string | null } | null }> } };

export type UpdateClassPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  difficulty?: InputMaybe<Difficulty>;
  estimatedDuration?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  instructorNotes?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateClassPlanMutation = { __typename?: 'Mutation', updateClassPlan: { __typename?: 'ClassPlan', id: string, title: string, difficulty: Difficulty, estimatedDuration?: number | null, description: string, instructorNotes: string, sequenceCount: number, sheetPath: string, createdAt: string, updatedAt: string, sequences: Array<{ __typename?: 'ClassPlanSequence', id: string, order: number, notes: string, estimatedMinutes?: number | null, choreographyId: string, choreography?: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, posterUrl?: string | null } | null }> } };

export type DeleteClassPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteClassPlanMutation = { __typename?: 'Mutation', deleteClassPlan: boolean };

export type DuplicateClassPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DuplicateClassPlanMutation = { __typename?: 'Mutation', duplicateClassPlan: { __typename?: 'ClassPlan', id: string, title: string, difficulty: Difficulty, estimatedDuration?: number | null, description: string, instructorNotes: string, sequenceCount: number, sheetPath: string, createdAt: string, updatedAt: string, sequences: Array<{ __typename?: 'ClassPlanSequence', id: string, order: number, notes: string, estimatedMinutes?: number | null, choreographyId: string, choreography?: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, posterUrl?: string | null } | null }> } };

export type AddToClassPlanMutationVariables = Exact<{
  classPlanId: Scalars['ID']['input'];
  choreographyId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  estimatedMinutes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AddToClassPlanMutation = { __typename?: 'Mutation', addToClassPlan: { __typename?: 'ClassPlanSequence', id: string, order: number, notes: string, estimatedMinutes?: number | null, choreographyId: string, choreography?: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, posterUrl?: string | null } | null } };

export type RemoveFromClassPlanMutationVariables = Exact<{
  sequenceId: Scalars['ID']['input'];
}>;


export type RemoveFromClassPlanMutation = { __typename?: 'Mutation', removeFromClassPlan: { __typename?: 'ClassPlan', id: string, title: string, difficulty: Difficulty, estimatedDuration?: number | null, description: string, instructorNotes: string, sequenceCount: number, sheetPath: string, createdAt: string, updatedAt: string, sequences: Array<{ __typename?: 'ClassPlanSequence', id: string, order: number, notes: string, estimatedMinutes?: number | null, choreographyId: string, choreography?: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, posterUrl?: string | null } | null }> } };

export type UpdateClassPlanSequenceMutationVariables = Exact<{
  sequenceId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  estimatedMinutes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateClassPlanSequenceMutation = { __typename?: 'Mutation', updateClassPlanSequence: { __typename?: 'ClassPlanSequence', id: string, order: number, notes: string, estimatedMinutes?: number | null, choreographyId: string, choreography?: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, posterUrl?: string | null } | null } };

export type ReorderClassPlanMutationVariables = Exact<{
  classPlanId: Scalars['ID']['input'];
  sequenceIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderClassPlanMutation = { __typename?: 'Mutation', reorderClassPlan: { __typename?: 'ClassPlan', id: string, title: string, difficulty: Difficulty, estimatedDuration?: number | null, description: string, instructorNotes: string, sequenceCount: number, sheetPath: string, createdAt: string, updatedAt: string, sequences: Array<{ __typename?: 'ClassPlanSequence', id: string, order: number, notes: string, estimatedMinutes?: number | null, choreographyId: string, choreography?: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number, posterUrl?: string | null } | null }> } };

export type PickChoreographiesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PickChoreographiesQuery = { __typename?: 'Query', collections: { __typename?: 'SavedChoreographyConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SavedChoreographyEdge', node: { __typename?: 'SavedChoreography', id: string, title: string, difficulty: Difficulty, duration: number } }> } };

export const ChoreographyDescriptionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChoreographyDescriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoreographyDescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreter"}},{"kind":"Field","name":{"kind":"Name","value":"preferMoves"}},{"kind":"Field","name":{"kind":"Name","value":"avoidMoves"}},{"kind":"Field","name":{"kind":"Name","value":"movesReason"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequest"}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}},{"kind":"Field","name":{"kind":"Name","value":"bpm"}}]}}]}}]}}]} as unknown as DocumentNode<ChoreographyDescriptionFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateJoined"}},{"kind":"Field","name":{"kind":"Name","value":"isInstructor"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoSaveChoreographies"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDifficulty"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotifications"}}]}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const AuthFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateJoined"}},{"kind":"Field","name":{"kind":"Name","value":"isInstructor"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoSaveChoreographies"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDifficulty"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotifications"}}]}}]}}]} as unknown as DocumentNode<AuthFieldsFragment, unknown>;
export const SongFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SongFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Song"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}},{"kind":"Field","name":{"kind":"Name","value":"bpm"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"genre"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"isUpload"}},{"kind":"Field","name":{"kind":"Name","value":"analysed"}}]}}]} as unknown as DocumentNode<SongFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoreographyTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"songId"}},{"kind":"Field","name":{"kind":"Name","value":"savedChoreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"countOffsetBeats"}},{"kind":"Field","name":{"kind":"Name","value":"lowCountConfidence"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const TaskSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoreographyTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"songId"}},{"kind":"Field","name":{"kind":"Name","value":"savedChoreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]} as unknown as DocumentNode<TaskSummaryFieldsFragment, unknown>;
export const SavedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedChoreography"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"videoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"musicInfo"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}}]}}]} as unknown as DocumentNode<SavedFieldsFragment, unknown>;
export const PlanSequenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSequenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSequence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"choreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"choreography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}}]} as unknown as DocumentNode<PlanSequenceFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDuration"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instructorNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"sheetPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSequenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSequenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSequence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"choreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"choreography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const DescribeChoreographyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DescribeChoreography"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"describeChoreography"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChoreographyDescriptionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChoreographyDescriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoreographyDescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreter"}},{"kind":"Field","name":{"kind":"Name","value":"preferMoves"}},{"kind":"Field","name":{"kind":"Name","value":"avoidMoves"}},{"kind":"Field","name":{"kind":"Name","value":"movesReason"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"style"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequest"}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}},{"kind":"Field","name":{"kind":"Name","value":"bpm"}}]}}]}}]}}]} as unknown as DocumentNode<DescribeChoreographyQuery, DescribeChoreographyQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usernameOrEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"usernameOrEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usernameOrEmail"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateJoined"}},{"kind":"Field","name":{"kind":"Name","value":"isInstructor"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoSaveChoreographies"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDifficulty"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotifications"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateJoined"}},{"kind":"Field","name":{"kind":"Name","value":"isInstructor"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoSaveChoreographies"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDifficulty"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotifications"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateJoined"}},{"kind":"Field","name":{"kind":"Name","value":"isInstructor"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoSaveChoreographies"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDifficulty"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotifications"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateJoined"}},{"kind":"Field","name":{"kind":"Name","value":"isInstructor"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoSaveChoreographies"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDifficulty"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotifications"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateJoined"}},{"kind":"Field","name":{"kind":"Name","value":"isInstructor"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoSaveChoreographies"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDifficulty"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotifications"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const UpdatePreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"autoSaveChoreographies"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"defaultDifficulty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Difficulty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emailNotifications"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"autoSaveChoreographies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"autoSaveChoreographies"}}},{"kind":"Argument","name":{"kind":"Name","value":"defaultDifficulty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"defaultDifficulty"}}},{"kind":"Argument","name":{"kind":"Name","value":"emailNotifications"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emailNotifications"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateJoined"}},{"kind":"Field","name":{"kind":"Name","value":"isInstructor"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoSaveChoreographies"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDifficulty"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotifications"}}]}}]}}]} as unknown as DocumentNode<UpdatePreferencesMutation, UpdatePreferencesMutationVariables>;
export const SongsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Songs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bpmMin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bpmMax"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"songs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"bpmMin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bpmMin"}}},{"kind":"Argument","name":{"kind":"Name","value":"bpmMax"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bpmMax"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SongFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SongFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Song"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}},{"kind":"Field","name":{"kind":"Name","value":"bpm"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"genre"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"isUpload"}},{"kind":"Field","name":{"kind":"Name","value":"analysed"}}]}}]} as unknown as DocumentNode<SongsQuery, SongsQueryVariables>;
export const GenerateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Generate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateChoreographyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateChoreography"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoreographyTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"songId"}},{"kind":"Field","name":{"kind":"Name","value":"savedChoreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"countOffsetBeats"}},{"kind":"Field","name":{"kind":"Name","value":"lowCountConfidence"}}]}}]}}]} as unknown as DocumentNode<GenerateMutation, GenerateMutationVariables>;
export const TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoreographyTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"songId"}},{"kind":"Field","name":{"kind":"Name","value":"savedChoreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"countOffsetBeats"}},{"kind":"Field","name":{"kind":"Name","value":"lowCountConfidence"}}]}}]}}]} as unknown as DocumentNode<TaskQuery, TaskQueryVariables>;
export const TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoreographyTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"songId"}},{"kind":"Field","name":{"kind":"Name","value":"savedChoreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"countOffsetBeats"}},{"kind":"Field","name":{"kind":"Name","value":"lowCountConfidence"}}]}}]}}]} as unknown as DocumentNode<TaskUpdatedSubscription, TaskUpdatedSubscriptionVariables>;
export const MyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoreographyTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"songId"}},{"kind":"Field","name":{"kind":"Name","value":"savedChoreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const MyTaskUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyTaskUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTaskUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoreographyTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"songId"}},{"kind":"Field","name":{"kind":"Name","value":"savedChoreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]} as unknown as DocumentNode<MyTaskUpdatesSubscription, MyTaskUpdatesSubscriptionVariables>;
export const DeleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTaskMutation, DeleteTaskMutationVariables>;
export const CancelTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChoreographyTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"songId"}},{"kind":"Field","name":{"kind":"Name","value":"savedChoreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"song"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"energyLevel"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"countOffsetBeats"}},{"kind":"Field","name":{"kind":"Name","value":"lowCountConfidence"}}]}}]}}]} as unknown as DocumentNode<CancelTaskMutation, CancelTaskMutationVariables>;
export const SongAudioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SongAudio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"song"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audioUrl"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]} as unknown as DocumentNode<SongAudioQuery, SongAudioQueryVariables>;
export const SongCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SongCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"song"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"countOffsetBeats"}}]}}]}}]} as unknown as DocumentNode<SongCountQuery, SongCountQueryVariables>;
export const SetCountCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCountCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"songId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offsetBeats"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCountCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"songId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"songId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offsetBeats"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offsetBeats"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"countOffsetBeats"}}]}}]}}]} as unknown as DocumentNode<SetCountCorrectionMutation, SetCountCorrectionMutationVariables>;
export const CollectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Difficulty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"difficulty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"videoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalDuration"}},{"kind":"Field","name":{"kind":"Name","value":"recentCount"}},{"kind":"Field","name":{"kind":"Name","value":"byDifficulty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionsQuery, CollectionsQueryVariables>;
export const CollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedChoreography"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"videoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"musicInfo"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}}]}}]} as unknown as DocumentNode<CollectionQuery, CollectionQueryVariables>;
export const SaveChoreographyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveChoreography"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Difficulty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveChoreography"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"difficulty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedChoreography"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"videoStatus"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"musicInfo"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}}]}}]} as unknown as DocumentNode<SaveChoreographyMutation, SaveChoreographyMutationVariables>;
export const UpdateChoreographyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChoreography"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Difficulty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChoreography"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"difficulty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<UpdateChoreographyMutation, UpdateChoreographyMutationVariables>;
export const DeleteChoreographyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteChoreography"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteChoreography"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteChoreographyMutation, DeleteChoreographyMutationVariables>;
export const DeleteAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAllChoreographies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"BooleanValue","value":true}}]}]}}]} as unknown as DocumentNode<DeleteAllMutation, DeleteAllMutationVariables>;
export const HomeDemoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeDemo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeDemo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"artist"}},{"kind":"Field","name":{"kind":"Name","value":"bpm"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"beats"}}]}}]}}]}}]} as unknown as DocumentNode<HomeDemoQuery, HomeDemoQueryVariables>;
export const ClassPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Difficulty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"difficulty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDuration"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructorStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalPlans"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueChoreographies"}},{"kind":"Field","name":{"kind":"Name","value":"plansLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"averageSequencesPerPlan"}},{"kind":"Field","name":{"kind":"Name","value":"difficultyBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ClassPlansQuery, ClassPlansQueryVariables>;
export const ClassPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSequenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSequence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"choreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"choreography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDuration"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instructorNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"sheetPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSequenceFields"}}]}}]}}]} as unknown as DocumentNode<ClassPlanQuery, ClassPlanQueryVariables>;
export const ClassPlanSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassPlanSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classPlanSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalSequences"}},{"kind":"Field","name":{"kind":"Name","value":"totalEstimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"difficultyBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ClassPlanSummaryQuery, ClassPlanSummaryQueryVariables>;
export const CreateClassPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClassPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Difficulty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"estimatedDuration"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instructorNotes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClassPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"difficulty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}}},{"kind":"Argument","name":{"kind":"Name","value":"estimatedDuration"},"value":{"kind":"Variable","name":{"kind":"Name","value":"estimatedDuration"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"instructorNotes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instructorNotes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSequenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSequence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"choreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"choreography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDuration"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instructorNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"sheetPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSequenceFields"}}]}}]}}]} as unknown as DocumentNode<CreateClassPlanMutation, CreateClassPlanMutationVariables>;
export const UpdateClassPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClassPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Difficulty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"estimatedDuration"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instructorNotes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClassPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"difficulty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"difficulty"}}},{"kind":"Argument","name":{"kind":"Name","value":"estimatedDuration"},"value":{"kind":"Variable","name":{"kind":"Name","value":"estimatedDuration"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"instructorNotes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instructorNotes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSequenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSequence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"choreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"choreography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDuration"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instructorNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"sheetPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSequenceFields"}}]}}]}}]} as unknown as DocumentNode<UpdateClassPlanMutation, UpdateClassPlanMutationVariables>;
export const DeleteClassPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteClassPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClassPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteClassPlanMutation, DeleteClassPlanMutationVariables>;
export const DuplicateClassPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DuplicateClassPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateClassPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSequenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSequence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"choreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"choreography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDuration"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instructorNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"sheetPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSequenceFields"}}]}}]}}]} as unknown as DocumentNode<DuplicateClassPlanMutation, DuplicateClassPlanMutationVariables>;
export const AddToClassPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToClassPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classPlanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"choreographyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"estimatedMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToClassPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classPlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classPlanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"choreographyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"choreographyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}},{"kind":"Argument","name":{"kind":"Name","value":"estimatedMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"estimatedMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSequenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSequenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSequence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"choreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"choreography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}}]} as unknown as DocumentNode<AddToClassPlanMutation, AddToClassPlanMutationVariables>;
export const RemoveFromClassPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFromClassPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sequenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromClassPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sequenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sequenceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSequenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSequence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"choreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"choreography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDuration"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instructorNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"sheetPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSequenceFields"}}]}}]}}]} as unknown as DocumentNode<RemoveFromClassPlanMutation, RemoveFromClassPlanMutationVariables>;
export const UpdateClassPlanSequenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClassPlanSequence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sequenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"estimatedMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClassPlanSequence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sequenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sequenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}},{"kind":"Argument","name":{"kind":"Name","value":"estimatedMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"estimatedMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSequenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSequenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSequence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"choreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"choreography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}}]} as unknown as DocumentNode<UpdateClassPlanSequenceMutation, UpdateClassPlanSequenceMutationVariables>;
export const ReorderClassPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderClassPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classPlanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sequenceIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderClassPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classPlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classPlanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sequenceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sequenceIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSequenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlanSequence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"choreographyId"}},{"kind":"Field","name":{"kind":"Name","value":"choreography"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDuration"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instructorNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"sheetPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sequences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSequenceFields"}}]}}]}}]} as unknown as DocumentNode<ReorderClassPlanMutation, ReorderClassPlanMutationVariables>;
export const PickChoreographiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickChoreographies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PickChoreographiesQuery, PickChoreographiesQueryVariables>;