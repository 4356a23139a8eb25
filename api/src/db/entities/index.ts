import { RefreshToken, LoginAttempt } from './auth.entities';
import { ChoreographyTask } from './choreography-task.entity';
import { Blueprint, ClassPlan, ClassPlanSequence, MoveEmbedding } from './legacy.entities';
import { SavedChoreography } from './saved-choreography.entity';
import { Song } from './song.entity';
import { SongCountCorrection } from './song-count-correction.entity';
import { User } from './user.entity';

export { RefreshToken, LoginAttempt, ChoreographyTask, Blueprint, ClassPlan, ClassPlanSequence, MoveEmbedding, SavedChoreography, Song, SongCountCorrection, User };
export const entities = [User, Song, ChoreographyTask, SavedChoreography, MoveEmbedding, Blueprint, ClassPlan, ClassPlanSequence, RefreshToken, LoginAttempt, SongCountCorrection];
