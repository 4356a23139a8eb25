import { registerEnumType } from 'type-graphql';

// GraphQL names are upper case; values are the canonical strings stored in the database.
export enum DifficultyValue { BEGINNER = 'beginner', INTERMEDIATE = 'intermediate', ADVANCED = 'advanced' }
export enum EnergyLevelValue { LOW = 'low', MEDIUM = 'medium', HIGH = 'high' }
export enum StyleValue { ROMANTIC = 'romantic', SENSUAL = 'sensual', ENERGETIC = 'energetic', PLAYFUL = 'playful' }
export enum TaskStatusValue { STARTED = 'started', RUNNING = 'running', COMPLETED = 'completed', FAILED = 'failed' }
/** Kinds of figure (core's MOVE_FAMILIES) a dancer may ask for or against. */
export enum MoveFamilyValue {
  BASIC = 'basic', BODY_WAVE = 'body_wave', HIP_ROLL = 'hip_roll', HEAD_ROLL = 'head_roll', TURN = 'turn', SPIN = 'spin', DIP = 'dip', SHADOW = 'shadow',
  HAMMERLOCK = 'hammerlock', CROSS_BODY_LEAD = 'cross_body_lead', FOOTWORK = 'footwork', GOLPES = 'golpes', BOLERO = 'bolero', ARM_STYLING = 'arm_styling',
}
export enum VideoSizeValue { P360 = '360p', P720 = '720p' }
export enum CollectionSort { NEWEST = 'newest', OLDEST = 'oldest', TITLE = 'title', DURATION = 'duration' }

registerEnumType(DifficultyValue, { name: 'Difficulty', description: 'How hard the moves are. Legacy low/medium/high map to beginner/intermediate/advanced.' });
registerEnumType(EnergyLevelValue, { name: 'EnergyLevel' });
registerEnumType(StyleValue, { name: 'Style', description: 'Move style. The old API\'s traditional maps to romantic, modern to energetic.' });
registerEnumType(TaskStatusValue, { name: 'TaskStatus', description: 'Legacy pending reads as started.' });
registerEnumType(CollectionSort, { name: 'CollectionSort' });
registerEnumType(MoveFamilyValue, { name: 'MoveFamily', description: 'A kind of figure, matched against every move library\'s labels (bodywaves, body_wave, …).' });
registerEnumType(VideoSizeValue, { name: 'VideoSize', description: 'Height of the rendered video: P360 = 640×360, P720 = 1280×720.' });
