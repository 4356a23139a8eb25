import { Field, ObjectType } from 'type-graphql';
import { DifficultyValue, EnergyLevelValue, MoveFamilyValue, StyleValue } from '../../graphql/enums';
import { SongType } from '../songs/song.types';

@ObjectType({ description: 'A difficulty read from the request, with why.' })
export class DescribedDifficulty {
  @Field(() => DifficultyValue) value!: DifficultyValue;
  @Field(() => String) reason!: string;
  @Field(() => Boolean, { description: 'False for a default or an inference.' }) fromRequest!: boolean;
}

@ObjectType()
export class DescribedEnergy {
  @Field(() => EnergyLevelValue) value!: EnergyLevelValue;
  @Field(() => String) reason!: string;
  @Field(() => Boolean) fromRequest!: boolean;
}

@ObjectType()
export class DescribedStyle {
  @Field(() => StyleValue) value!: StyleValue;
  @Field(() => String) reason!: string;
  @Field(() => Boolean) fromRequest!: boolean;
}

@ObjectType()
export class DescribedSong {
  @Field(() => SongType, { nullable: true, description: 'Null when there is no song to choose from.' }) song!: SongType | null;
  @Field(() => String) reason!: string;
  @Field(() => Boolean, { description: 'True when the request named it.' }) fromRequest!: boolean;
}

@ObjectType({ description: 'What a described request was understood as: generation options to confirm, each with a reason.' })
export class ChoreographyDescription {
  @Field(() => String, { description: 'en or es: the language the reasons are in.' }) language!: string;
  @Field(() => String, { description: 'offline (built in) or language-model.' }) interpreter!: string;
  @Field(() => DescribedDifficulty) difficulty!: DescribedDifficulty;
  @Field(() => DescribedEnergy) energyLevel!: DescribedEnergy;
  @Field(() => DescribedStyle) style!: DescribedStyle;
  @Field(() => DescribedSong) song!: DescribedSong;
  @Field(() => [MoveFamilyValue]) preferMoves!: MoveFamilyValue[];
  @Field(() => [MoveFamilyValue]) avoidMoves!: MoveFamilyValue[];
  @Field(() => String) movesReason!: string;
}
