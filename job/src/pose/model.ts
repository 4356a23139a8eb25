/**
 * A YOLOv8-pose ONNX model run with onnxruntime-node. No model is shipped: POSE_MODEL names a file
 * the operator exported (`yolo export model=yolov8n-pose.pt format=onnx`).
 */
import type { InferenceSession } from 'onnxruntime-node';
import { decodePoseOutput, type DecodeOptions, type Person } from './decode';

export interface PoseModel {
  /** side of the square input (640 for the stock export) */
  readonly inputSize: number;
  /** people in input pixels, after score filtering and NMS; `input` is CHW float32 0..1 */
  detect(input: Float32Array): Promise<Person[]>;
  close(): Promise<void>;
}

export class PoseModelError extends Error {}

export async function loadPoseModel(path: string, options: DecodeOptions & { inputSize?: number } = {}): Promise<PoseModel> {
  // Required lazily: the native runtime is only loaded when poses are wanted.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ort = require('onnxruntime-node') as typeof import('onnxruntime-node');
  let session: InferenceSession;
  try {
    session = await ort.InferenceSession.create(path);
  } catch (err) {
    throw new PoseModelError(`cannot load the pose model ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const inputName = session.inputNames.includes('images') ? 'images' : session.inputNames[0];
  const outputName = session.outputNames.includes('output0') ? 'output0' : session.outputNames[0];
  const size = options.inputSize ?? 640;
  return {
    inputSize: size,
    async detect(input) {
      if (input.length !== 3 * size * size) throw new PoseModelError(`pose model input must be 3×${size}×${size} floats, got ${input.length}`);
      const feeds = { [inputName]: new ort.Tensor('float32', input, [1, 3, size, size]) };
      const result = await session.run(feeds);
      const out = result[outputName];
      try {
        return decodePoseOutput(out.data as Float32Array, out.dims, options);
      } finally {
        out.dispose?.();
      }
    },
    close: () => session.release(),
  };
}
