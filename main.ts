import { App } from "cdktf";
import { addEnvironments, environmentOptionsFrom } from "./stacks/environments.js";

const app = new App();
addEnvironments(app, environmentOptionsFrom(process.env));
app.synth();
